using System.Diagnostics;
using System.Text;

namespace KazakhArticle.EndToEnd.Support;

/// <summary>
/// Runs <c>tests/lighthouse/run.mjs</c> (Lighthouse 12.2.3 from npm, pinned in its package-lock.json, on
/// Debian's Chromium): Node and that folder's <c>npm ci</c> are what it needs besides the browser.
/// </summary>
public static class Lighthouse
{
    public static string Folder => Path.Combine(RepositoryPaths.Root, "tests", "lighthouse");

    public static string Script => Path.Combine(Folder, "run.mjs");

    /// <summary>Where the JSON and HTML reports go: test artifacts, beside the screenshots.</summary>
    public static string ReportsFolder => Path.Combine(RepositoryPaths.Root, "TestResults", "lighthouse");

    public static string? Node { get; } = FindOnPath("node");

    public static bool IsInstalled => Directory.Exists(Path.Combine(Folder, "node_modules", "lighthouse"));

    /// <summary>Why Lighthouse cannot run here, or null when it can.</summary>
    public static string? Missing =>
        !Browser.IsAvailable ? $"No Chromium at {Browser.ChromiumPath}: install Debian's chromium (apt-get install chromium)."
        : Node is null ? "No node on PATH: install Node.js (apt-get install nodejs npm)."
        : !IsInstalled ? $"Lighthouse is not installed: run `npm ci --no-audit --no-fund` in {Folder}."
        : null;

    /// <summary>Runs the script on one URL and returns its exit code and everything it printed.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(Uri url, IEnumerable<string> options, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(Node ?? "node")
        {
            WorkingDirectory = RepositoryPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Script);
        foreach (var option in options)
        {
            start.ArgumentList.Add(option);
        }

        start.ArgumentList.Add(url.ToString());
        start.Environment["CHROME_PATH"] = Browser.ChromiumPath;
        start.Environment["LIGHTHOUSE_OUT"] = ReportsFolder;

        var output = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            // Lighthouse bounds each page load itself; this only catches a hung browser or script.
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
            Append(output, $"(stopped after {timeout.TotalMinutes} minutes)");
            return (-1, output.ToString());
        }

        // The exit event can precede the last output lines; this returns once both streams are drained.
        process.WaitForExit();
        return (process.ExitCode, output.ToString());
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);
}

/// <summary>
/// A Lighthouse test. Where Chromium, Node or the npm packages are missing it is reported as skipped with
/// the reason, unless <c>KAZAKH_ARTICLE_REQUIRE_BROWSER=1</c> (set by .ci/run), when it runs and fails.
/// </summary>
public sealed class LighthouseTheoryAttribute : TheoryAttribute
{
    public LighthouseTheoryAttribute()
    {
        if (Lighthouse.Missing is { } reason && !Browser.IsRequired)
        {
            Skip = reason;
        }
    }
}
