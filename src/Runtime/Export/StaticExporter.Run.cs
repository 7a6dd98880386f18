using System.Collections.Concurrent;
using System.Linq;
using System.IO;
using Microsoft.AspNetCore.Http;

namespace Pages;

// One export run: renders the planned jobs in parallel and writes each answer.
internal sealed partial class StaticExporter
{
    private sealed class Run
    {
        private readonly StaticExporter _exporter;
        private readonly List<ExportJob> _jobs;
        private readonly string _folder;
        private readonly ExportManifest _manifest;
        private readonly ExportLinkChecker? _links;
        private int _pages;
        private int _files;
        private int _kept;
        private long _bytes;

        public Run(StaticExporter exporter, List<ExportJob> jobs, string folder, ExportManifest manifest, ExportLinkChecker? links)
        {
            _exporter = exporter;
            _jobs = jobs;
            _folder = folder;
            _manifest = manifest;
            _links = links;
            SitemapPaths = new string?[jobs.Count];
        }

        public ConcurrentQueue<string> Failures { get; } = new();

        /// <summary>The URL path of each job that wrote an HTML page for the sitemap (by job index; null otherwise).</summary>
        public string?[] SitemapPaths { get; }

        public int Pages => _pages;

        public int Files => _files;

        /// <summary>Files of <see cref="Files"/> kept from the last export without rendering: their recorded inputs did not change.</summary>
        public int Kept => _kept;

        public long Bytes => _bytes;

        public async Task<bool> RenderAllAsync(CancellationToken cancellationToken)
        {
            var progress = new ExportProgress(_exporter._console, _jobs.Count);
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var options = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = stop.Token };
            ExportWarmUp.Stop();
            try
            {
                await Parallel.ForEachAsync(Enumerable.Range(0, _jobs.Count), options, async (index, token) =>
                {
                    ExportJob job = _jobs[index];
                    string? failure;
                    try
                    {
                        failure = await ExportAsync(index, job, token).ConfigureAwait(false);
                    }
                    catch (Exception exception) when (exception is not OperationCanceledException)
                    {
                        failure = $"{job}: {exception}";
                    }

                    if (failure is not null)
                    {
                        // The first failure stops the export, as astro build does.
                        Failures.Enqueue(failure);
                        await stop.CancelAsync().ConfigureAwait(false);
                        return;
                    }

                    progress.Completed(job.Path);
                }).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
            }

            progress.Finish();
            return Failures.IsEmpty && !cancellationToken.IsCancellationRequested;
        }

        private async Task<string?> ExportAsync(int index, ExportJob job, CancellationToken cancellationToken)
        {
            string target = Path.GetFullPath(Path.Combine(_folder, job.File.Replace('/', Path.DirectorySeparatorChar)));
            if (!ExportOutputFolder.IsSameOrUnder(target, _folder))
            {
                return $"{job}: refused to write {target}, which is outside the output folder {_folder}.";
            }

            // Not rendered: what its last render read is unchanged. The link check gets its links from the manifest (or,
            // when the last export did not check links, reads the page back from disk).
            if (_manifest.TryKeepRendered(job.File, target, out ExportManifestEntry? kept))
            {
                if (job.Route.Kind == RouteTableEntryKind.Page && !kept.Redirect)
                {
                    SitemapPaths[index] = job.Path;
                }

                if (kept.Links is PageLinks keptLinks)
                {
                    _links?.AddScanned(job.File, keptLinks);
                }

                Interlocked.Increment(ref _kept);
                Counted(job, kept.Length);
                return null;
            }

            // What this render reads through the content API (set for this method's flow only), with what the route's
            // GetStaticPaths() read to make its props.
            var inputs = new RenderInputRecorder();
            if (job.PathInputs is RenderInputRecorder pathInputs)
            {
                inputs.Add(pathInputs);
            }

            RenderInputRecorder.Begin(inputs);
            PagesRuntime runtime = _exporter._runtime;
            var request = new ExportRequest(job.Path, ExportPaths.Encode(job.Path), runtime.Site ?? DefaultSite, job.StaticPath, job.Endpoint);
            ExportResponse response = await _exporter._pipeline.SendAsync(request, cancellationToken).ConfigureAwait(false);
            RenderInputRecorder.End();
            if (response.Exception is Exception exception)
            {
                return $"{job} threw {exception}";
            }

            if (response.Aborted)
            {
                return $"{job}: the app aborted the response.";
            }

            int status = response.StatusCode;
            byte[] body;
            bool redirect = false;
            if (status == job.ErrorStatus || (status >= 200 && status < 300))
            {
                body = response.Body;
                if (job.Route.Kind == RouteTableEntryKind.Page)
                {
                    SitemapPaths[index] = job.Path;
                }
            }
            else if (status is 301 or 302 or 303 or 307 or 308 && response.Location.Length > 0)
            {
                body = RedirectPage.Render(job.Path, response.Location, runtime.Site, runtime.Encoder);
                redirect = true;
            }
            else
            {
                string why = status == StatusCodes.Status404NotFound ? " (the page returned NotFound(), or no route matched the URL)" : "";
                return $"{job} answered {status}{why}; a prerendered route must answer 2xx or a redirect.";
            }

            // The link check reads the page now, from memory, on this worker: not again from disk after the export, nor
            // in the next export if the page is kept without rendering (the manifest keeps what it found).
            var page = new ExportedPage(inputs.Inputs, redirect, _links?.AddPage(job.File, body));
            await _manifest.WriteAsync(job.File, target, body, page, cancellationToken).ConfigureAwait(false);
            Counted(job, body.Length);
            return null;
        }

        private void Counted(ExportJob job, long bytes)
        {
            if (job.Route.Kind != RouteTableEntryKind.Endpoint)
            {
                Interlocked.Increment(ref _pages);
            }

            Interlocked.Increment(ref _files);
            Interlocked.Add(ref _bytes, bytes);
        }
    }
}
