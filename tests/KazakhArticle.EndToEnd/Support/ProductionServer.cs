using System.Diagnostics;
using System.Text.RegularExpressions;

namespace KazakhArticle.EndToEnd.Support;

/// <summary>
/// The app as readers get it: published (so static assets are served as deployed: fingerprinted, precompressed with
/// brotli and gzip, which a build output is not), run in the Production environment as its own process on a loopback
/// port, over the project's own content and a throw-away database. Published from the build the tests already made,
/// in their configuration, not compiled again in Release: nothing asserted here depends on the compiler's
/// optimisations (speed is measured in perf/, on a Release publish), and CI, which is CPU-bound, saves ~20 s.
/// Published and started by the first test that asks for <see cref="StartAsync"/>, so a run whose tests are all
/// skipped does not pay for a publish.
/// </summary>
public sealed partial class ProductionServer : IAsyncLifetime, IDisposable
{
    /// <summary>The configuration this test project, and so the web project it references, was built in.</summary>
#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    private static readonly TimeSpan PublishTimeout = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(2);

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "kazakh-article-tests", "production-" + Guid.NewGuid().ToString("N"));
    private readonly Queue<string> _log = new();
    private readonly TaskCompletionSource<Uri> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Lazy<Task<Uri>> _started;
    private Process? _app;

    public ProductionServer() => _started = new Lazy<Task<Uri>>(StartOnceAsync);

    /// <summary>Publishes and starts the app the first time; its address.</summary>
    public Task<Uri> StartAsync() => _started.Value;

    /// <summary>The last lines the app printed, for failure messages.</summary>
    public string RecentLog
    {
        get
        {
            lock (_log)
            {
                return string.Join('\n', _log);
            }
        }
    }

    public Task InitializeAsync() => Task.CompletedTask;

    private async Task<Uri> StartOnceAsync()
    {
        var publish = Path.Combine(_folder, "publish");
        await PublishAsync(publish);

        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = publish,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(publish, "KazakhArticle.Web.dll"));
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        // Port 0: the system picks a free one; the app says which when it listens.
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        start.Environment["Reader__ContentPath"] = RepositoryPaths.Content;
        start.Environment["Reader__DatabasePath"] = Path.Combine(_folder, "reader.db");

        _app = new Process { StartInfo = start, EnableRaisingEvents = true };
        _app.OutputDataReceived += (_, e) => Read(e.Data);
        _app.ErrorDataReceived += (_, e) => Read(e.Data);
        _app.Exited += (_, _) => _listening.TrySetException(new InvalidOperationException($"The app exited before it listened:\n{RecentLog}"));
        _app.Start();
        // Both streams are read to the end: a full pipe would stall the app's logging, and so the app.
        _app.BeginOutputReadLine();
        _app.BeginErrorReadLine();

        // "Now listening" comes after the start-up import: the app is ready when it says so.
        return await _listening.Task.WaitAsync(StartTimeout);
    }

    public Task DisposeAsync()
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        if (_app is not null)
        {
            if (!_app.HasExited)
            {
                _app.Kill(entireProcessTree: true);
            }

            _app.WaitForExit();
            _app.Dispose();
            _app = null;
        }

        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private void Read(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_log)
        {
            _log.Enqueue(line);
            if (_log.Count > 40)
            {
                _log.Dequeue();
            }
        }

        if (ListeningLine().Match(line) is { Success: true } match)
        {
            _listening.TrySetResult(new Uri(match.Groups[1].Value));
        }
    }

    /// <summary>
    /// <c>dotnet publish --no-build</c> of the web project as the test build left it. No build server or node is left
    /// behind (CI ends whatever a run leaves, and the machine is shared).
    /// </summary>
    private static async Task PublishAsync(string output)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = RepositoryPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            "publish", Path.Combine(RepositoryPaths.Root, "src", "KazakhArticle.Web"), "-c", Configuration, "-o", output,
            "--no-build", "--nologo", "-v", "quiet", "-nodeReuse:false",
        })
        {
            start.ArgumentList.Add(argument);
        }

        // The test host's own MSBuild settings must not leak into a separate build.
        foreach (var name in new[] { "MSBuildSDKsPath", "MSBUILD_EXE_PATH", "MSBuildExtensionsPath", "MSBuildLoadMicrosoftTargetsReadOnly" })
        {
            start.Environment.Remove(name);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(PublishTimeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"dotnet publish took over {PublishTimeout.TotalMinutes} minutes.");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet publish failed ({process.ExitCode}):\n{await stdout}\n{await stderr}");
        }
    }

    [GeneratedRegex(@"Now listening on: (http://\S+)")]
    private static partial Regex ListeningLine();
}

/// <summary>
/// The published app's tests, beside the other collections. Lighthouse scores CPU time, but what its test asserts does
/// not move with the machine's load (Accessibility, Best Practices, SEO, and CLS, whose one cause of timing, the web
/// font's swap, lands on a fallback face of the same metrics); speed is measured alone, in perf/.
/// </summary>
[CollectionDefinition(Name)]
public sealed class ProductionServerGroup : ICollectionFixture<ProductionServer>
{
    public const string Name = "production server";
}
