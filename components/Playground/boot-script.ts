// Runs inline where the playground's HTML begins, while the page is still parsing: it starts the
// run worker of the language the page will open (a link's, read from the first bytes of its
// inflated JSON, else the last one used), long before the page's scripts have loaded, and hands a
// link to it to read and run (protocol.ts, LinkRequest). Messages and errors that arrive before
// the page adopts the worker are kept for it (./worker-client). The page reads the link itself too,
// with the same code, and shows nothing of it that it has not checked. The data-pg-link mark tells
// the skeleton's CSS not to show the first example in the meantime.

import type { WorkerUrls } from '@/lib/playground/worker-files';

/** The window slot the inline script fills. */
export const BOOT_GLOBAL = '__heaplabBoot';
const LAST_KEY = 'heaplab.playground.v1.last';

export function bootScript(urls: WorkerUrls): string {
  return `(function(){try{
var B=window.${BOOT_GLOBAL}={urls:${JSON.stringify(urls)},workers:{}};
function start(l,link){if(B.workers[l])return;var w=new Worker(B.urls[l]),s={worker:w,events:[],link:false};
w.onmessage=function(e){s.events.push(['message',e])};w.onerror=function(e){e.preventDefault();s.events.push(['error',e])};B.workers[l]=s;
if(link){w.postMessage({type:'link',hash:location.hash});s.link=true;}}
function last(){try{var v=JSON.parse(localStorage.getItem(${JSON.stringify(LAST_KEY)})||'null');return v&&v.lang==='rust'?'rust':'go'}catch(e){return 'go'}}
var m=/(?:^#|&)z=([A-Za-z0-9_-]{1,65536})/.exec(location.hash);
if(m)document.documentElement.setAttribute('data-pg-link','');
if(!m||typeof DecompressionStream!=='function'){start(last());return;}
var z=m[1].replace(/-/g,'+').replace(/_/g,'/');z+='==='.slice((z.length+3)%4);
var bin=atob(z),u=new Uint8Array(bin.length);for(var i=0;i<bin.length;i++)u[i]=bin.charCodeAt(i);
var r=new Blob([u]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
r.read().then(function(c){r.cancel().catch(function(){});var t=new TextDecoder().decode((c.value||new Uint8Array()).subarray(0,256));
var l=/"lang":"(go|rust)"/.exec(t);if(l)start(l[1],true);else start(last());},function(){start(last());});
}catch(e){}})();`;
}
