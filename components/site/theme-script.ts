// Runs inline in <head> before first paint so the page never flashes the wrong theme.
// The stored choice wins; without one the system preference applies (and keeps applying).
export const THEME_KEY = 'heaplab-theme';

export const themeScript = `(function(){try{
var k=${JSON.stringify(THEME_KEY)},d=document.documentElement,m=window.matchMedia('(prefers-color-scheme: dark)');
function apply(){var c=localStorage.getItem(k);var t=c==='light'||c==='dark'?c:(m.matches?'dark':'light');d.dataset.theme=t;d.style.colorScheme=t;}
apply();m.addEventListener('change',apply);window.__heaplabApplyTheme=apply;
}catch(e){}})();`;
