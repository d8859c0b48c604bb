// The renderer's root: feedback (errors and notices inside the window) around the workbench.
import { FeedbackProvider } from './feedback'
import { Workbench } from './Workbench'

export function App() {
  return (
    <FeedbackProvider>
      <Workbench />
    </FeedbackProvider>
  )
}
