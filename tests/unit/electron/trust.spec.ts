// Which pages are the app's own, and which links may open in the system browser: parsed origins,
// never string prefixes.
import { test, expect } from '@playwright/test'
import { APP_ORIGIN } from '../../../src-main/electron/app-origin'
import { isExternalLink, isTrustedUrl } from '../../../src-main/electron/trust'

const DEV = 'http://localhost:5173'

test.describe('isTrustedUrl', () => {
  test('the app\'s own renderer is trusted, any page of it', () => {
    expect(APP_ORIGIN).toBe('banmian://app')
    for (const url of ['banmian://app/index.html', 'banmian://app/', 'banmian://app/index.html#/page/p-1', 'banmian://app/assets/index.js?v=2'])
      expect(isTrustedUrl(url), url).toBe(true)
    // With or without a dev server.
    expect(isTrustedUrl('banmian://app/index.html', DEV)).toBe(true)
  })

  test('in development, the dev server\'s origin is trusted, and only with a dev server', () => {
    for (const url of ['http://localhost:5173/', 'http://localhost:5173/index.html', 'http://localhost:5173/src/main.tsx?t=1#x', 'http://LOCALHOST:5173/'])
      expect(isTrustedUrl(url, DEV), url).toBe(true)
    expect(isTrustedUrl('http://localhost:5173/')).toBe(false)
    expect(isTrustedUrl('http://localhost:5173/', '')).toBe(false)
    expect(isTrustedUrl('http://localhost:5173/', 'not a url')).toBe(false)
    // A dev URL given with a path still means its origin.
    expect(isTrustedUrl('http://localhost:5173/other.html', 'http://localhost:5173/index.html')).toBe(true)
  })

  test('look-alikes of the dev server are refused', () => {
    for (const url of [
      'http://localhost:5173@evil.example/',
      'http://localhost:5173.evil.example/',
      'http://localhost:51730/',
      'http://localhost:5174/',
      'http://localhost/',
      'https://localhost:5173/',
      'http://127.0.0.1:5173/',
      'ws://localhost:5173/',
      'http://evil.example/?http://localhost:5173/',
      'http://evil.example/#http://localhost:5173',
    ])
      expect(isTrustedUrl(url, DEV), url).toBe(false)
  })

  test('look-alikes of the app\'s scheme are refused', () => {
    for (const url of [
      'banmian://app.evil/',
      'banmian://app.evil/index.html',
      'banmian://evil/',
      'banmian://evil/index.html',
      'banmian://apps/index.html',
      'banmian://app:8080/index.html',
      'banmian:app/index.html',
      'banmian:///app/index.html',
      'banmianx://app/index.html',
      'xbanmian://app/index.html',
    ])
      expect(isTrustedUrl(url, DEV), url).toBe(false)
  })

  test('credentials in a URL are refused, even on a trusted origin', () => {
    for (const url of ['banmian://user@app/index.html', 'banmian://user:pw@app/index.html', 'banmian://:pw@app/', 'http://user@localhost:5173/', 'http://user:pw@localhost:5173/', 'http://:pw@localhost:5173/'])
      expect(isTrustedUrl(url, DEV), url).toBe(false)
  })

  test('other sites, other schemes and garbage are refused', () => {
    for (const url of [
      'https://evil.example/',
      'http://evil.example/index.html',
      'file:///etc/passwd',
      'file:///work/main/out/renderer/index.html',
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'about:blank',
      'devtools://devtools/bundled/inspector.html',
      'chrome://settings',
      '',
      ' ',
      'banmian',
      'app/index.html',
      '/index.html',
      '://app/index.html',
      'http://',
      'http://[::1',
    ])
      expect(isTrustedUrl(url, DEV), JSON.stringify(url)).toBe(false)
  })
})

test.describe('isExternalLink', () => {
  test('http and https links may open in the system browser', () => {
    for (const url of ['https://example.org/', 'http://example.org/a?b=c#d', 'https://例子.中国/路径', 'HTTPS://EXAMPLE.ORG/'])
      expect(isExternalLink(url), url).toBe(true)
  })

  test('no other scheme, no credentials, no garbage', () => {
    for (const url of [
      'file:///etc/passwd',
      'file://server/share/x',
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      'banmian://app/index.html',
      'data:text/html,hi',
      'mailto:someone@example.org',
      'ftp://example.org/',
      'smb://server/share',
      'vbscript:msgbox(1)',
      'https://user:pw@example.org/',
      'https://user@example.org/',
      '',
      'example.org',
      '//example.org/',
      'http://',
      'not a url',
    ])
      expect(isExternalLink(url), JSON.stringify(url)).toBe(false)
  })
})
