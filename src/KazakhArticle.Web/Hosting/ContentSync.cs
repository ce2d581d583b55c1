using KazakhArticle.Core.Import;
using KazakhArticle.Core.Storage;
using KazakhArticle.Web.Publishing;
using Microsoft.Extensions.Options;

namespace KazakhArticle.Web.Hosting;

/// <summary>
/// Keeps the database in step with <c>content/</c>: before the server takes requests, the schema is brought up to
/// date and the content imported; after that, an edit is imported within moments of the last write to it, and the
/// pages rendered from what changed are evicted. A bad edit is reported and the last good version stays served.
/// </summary>
public sealed partial class ContentSync(
    ReaderDatabase database,
    ReaderConnections connections,
    ContentImporter importer,
    PageCache pages,
    IOptions<ReaderOptions> options,
    TimeProvider time,
    ILogger<ContentSync> logger) : IHostedService, IDisposable
{
    private readonly SemaphoreSlim _importing = new(1, 1);
    private readonly CancellationTokenSource _stopping = new();
    private FileSystemWatcher? _watcher;
    private ITimer? _debounce;

    /// <summary>Raised after every import, with what it did.</summary>
    public event Action<ImportReport>? Imported;

    /// <summary>What the last import did; null before the first.</summary>
    public ImportReport? LastReport { get; private set; }

    /// <summary>Why the database is being rebuilt while the app runs (a read found it unusable); null when it is not.</summary>
    public string? Rebuilding => Volatile.Read(ref _rebuilding);

    private string? _rebuilding;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await StepAsync("database", async () =>
        {
            var path = options.Value.DatabasePath;
            try
            {
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                await database.PrepareAsync(cancellationToken: cancellationToken);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException
                || (ex is Microsoft.Data.Sqlite.SqliteException sqlite && sqlite.SqliteErrorCode is 8 /* SQLITE_READONLY */ or 14 /* SQLITE_CANTOPEN */))
            {
                // The start fails either way; what an operator needs is where (the error alone named no path).
                throw new InvalidOperationException(
                    $"The database {path} cannot be created or written there ({ex.Message}). Make its folder writable, or set Reader:DatabasePath to a place that is.", ex);
            }
        });
        await StepAsync("import", () => ImportAsync(cancellationToken));
        connections.Faulted += Rebuild;
        if (options.Value.WatchContent)
        {
            Watch(options.Value.ContentPath);
        }
    }

    /// <summary>
    /// One step of the start, logged when it ends with its time; one that runs longer than <see
    /// cref="ReaderOptions.SlowStartStep"/> is reported while it still runs, so a start that hangs says where.
    /// </summary>
    private async Task StepAsync(string step, Func<Task> run)
    {
        var started = time.GetTimestamp();
        using var slow = time.CreateTimer(_ => LogStepSlow(step, time.GetElapsedTime(started).TotalSeconds), null, options.Value.SlowStartStep, Timeout.InfiniteTimeSpan);
        await run();
        var elapsed = time.GetElapsedTime(started);
        LogStepDone(step, elapsed.TotalMilliseconds);
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        StopWatching();
        return Task.CompletedTask;
    }

    // A host may be stopped after, or while, it is disposed (a test factory disposed twice): stopping is safe to
    // repeat, so the token source is never disposed. One without a timer or linked tokens holds nothing to free;
    // disposed, a Cancel racing the disposal threw ObjectDisposedException (seen once in the Web tests).
    private void StopWatching()
    {
        connections.Faulted -= Rebuild;
        _watcher?.Dispose();
        _debounce?.Dispose();
        _stopping.Cancel();
    }

    /// <summary>Imports <c>content/</c> now and evicts the pages of every article that changed; one import at a time.</summary>
    public async Task<ImportReport> ImportAsync(CancellationToken cancellationToken = default)
    {
        await _importing.WaitAsync(cancellationToken);
        try
        {
            var report = await importer.ImportAsync(options.Value.ContentPath, cancellationToken);
            var changed = report.Imported.Concat(report.Removed).ToList();
            if (changed.Count > 0 || report.AliasesChanged)
            {
                // Search answers are kept under the catalogue's tag: they depend on every article, and on the aliases.
                pages.Evict([.. changed.Select(PageCache.ArticleTag), PageCache.CatalogTag]);
            }

            LastReport = report;
            Imported?.Invoke(report);
            return report;
        }
        finally
        {
            _importing.Release();
        }
    }

    /// <summary>
    /// A read found the database unusable (deleted, damaged): it is made again from <c>content/</c>, once however many
    /// reads fail meanwhile. Pages already kept in memory are served throughout; an import evicts them afterwards.
    /// </summary>
    private void Rebuild(string reason)
    {
        if (Interlocked.CompareExchange(ref _rebuilding, reason, null) is not null)
        {
            return;
        }

        LogRebuildingAfterFault(reason);
        _ = Task.Run(async () =>
        {
            try
            {
                await database.PrepareAsync(reason, _stopping.Token);
                await ImportAsync(_stopping.Token);
            }
            catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
            {
                // Shutting down.
            }
            catch (Exception ex)
            {
                // No caller to report to: say it here; the next read that fails tries again.
                LogRebuildFailed(ex);
            }
            finally
            {
                Volatile.Write(ref _rebuilding, null);
            }
        });
    }

    private void Watch(string path)
    {
        // An editor saves in bursts (a temporary file, a rename, a write): import once, after the burst.
        _debounce = time.CreateTimer(_ => _ = ImportAfterEditAsync(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        _watcher = new FileSystemWatcher(path)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        FileSystemEventHandler changed = (_, _) => _debounce.Change(options.Value.WatchDebounce, Timeout.InfiniteTimeSpan);
        _watcher.Changed += changed;
        _watcher.Created += changed;
        _watcher.Deleted += changed;
        _watcher.Renamed += (_, _) => _debounce.Change(options.Value.WatchDebounce, Timeout.InfiniteTimeSpan);
        _watcher.Error += (_, e) => LogWatchFailed(e.GetException());
        _watcher.EnableRaisingEvents = true;
        LogWatching(path);
    }

    private async Task ImportAfterEditAsync()
    {
        try
        {
            await ImportAsync(_stopping.Token);
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            // Shutting down.
        }
        catch (Exception ex)
        {
            // A timer callback has no caller to report to: say it here, and the next edit tries again.
            LogImportFailed(ex);
        }
    }

    public void Dispose()
    {
        StopWatching();
        _importing.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Start-up: {Step} done in {Milliseconds:0} ms")]
    private partial void LogStepDone(string step, double milliseconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Start-up: {Step} has taken {Seconds:0.0} s and is still running")]
    private partial void LogStepSlow(string step, double seconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "The database could not be read ({Reason}); rebuilding it from content")]
    private partial void LogRebuildingAfterFault(string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Rebuilding the database failed")]
    private partial void LogRebuildFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Watching {Path} for edits")]
    private partial void LogWatching(string path);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Watching content for edits failed; restart to pick up later edits")]
    private partial void LogWatchFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Importing an edit failed; the last good content stays served")]
    private partial void LogImportFailed(Exception exception);
}
