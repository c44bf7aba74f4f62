/** A base URL fit for logs and manifests: credentials, query and fragment removed. */
export function publicBaseUrl(baseURL: string): string {
  try {
    const url = new URL(baseURL);
    url.username = '';
    url.password = '';
    url.search = '';
    url.hash = '';
    return url.href.replace(/\/+$/, '');
  } catch {
    return '(invalid URL)';
  }
}
