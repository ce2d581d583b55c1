// A module loader hook (registered by run.mjs) that lets Lighthouse 12.2.3 read the traces of
// Debian's current Chromium.
//
// Chromium renamed the PipelineReporter trace event's `chrome_frame_reporter` argument to
// `frame_reporter`. The trace engine bundled with Lighthouse 12.2.3 (@paulirish/trace_engine 0.0.32)
// reads only the old name, throws, and takes down every gatherer built on it: the LCP element and its
// phases, the layout-shift culprits, render-blocking resources. The metrics and scores are computed
// elsewhere and are unaffected, but the diagnosis would be lost. Newer trace engines read both names;
// this rewrites the one expression, in memory, as they do. node_modules is left untouched, and if the
// expected text is not there (another version), the file loads unchanged.
const TARGET = '/@paulirish/trace_engine/models/trace/handlers/ScreenshotsHandler.js';
const OLD = 'evt.args.data.beginEvent.args.chrome_frame_reporter.frame_sequence';
const NEW = '(evt.args.data.beginEvent.args.frame_reporter ?? evt.args.data.beginEvent.args.chrome_frame_reporter).frame_sequence';

export async function load(url, context, nextLoad) {
  const result = await nextLoad(url, context);
  if (!url.endsWith(TARGET)) return result;
  const source = String(result.source);
  return source.includes(OLD) ? { ...result, source: source.replace(OLD, NEW) } : result;
}
