// Sets the theme before the first paint, so a dark-theme user never sees a white flash. A file rather than an
// inline script, because the server's Content-Security-Policy allows scripts from the site only.
try {
  const saved = localStorage.getItem('explorer-theme');
  const dark = saved ? saved === 'dark' : matchMedia('(prefers-color-scheme: dark)').matches;
  document.documentElement.dataset.theme = dark ? 'dark' : 'light';
} catch {
  document.documentElement.dataset.theme = 'light';
}
