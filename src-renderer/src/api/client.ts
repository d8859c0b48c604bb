// The one typed API instance the views use; the transport is chosen once at start-up.
import { createClient } from '../../../src-shared/api/client'
import { METHOD_NAMES } from '../../../src-shared/api/methods'
import { pickTransport } from './transport'

export const api = createClient(pickTransport(), METHOD_NAMES)
