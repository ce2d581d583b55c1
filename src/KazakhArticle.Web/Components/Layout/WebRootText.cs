using System.Text;
using Microsoft.Extensions.FileProviders;

namespace KazakhArticle.Web.Components.Layout;

/// <summary>A text file of the web root as built, read whole at start-up by what serves it inside pages or combined.</summary>
internal static class WebRootText
{
    /// <param name="files">The web root (<see cref="IWebHostEnvironment.WebRootFileProvider"/>).</param>
    /// <param name="path">The file, relative to the web root.</param>
    /// <param name="neededBecause">Why the app cannot start without it, for the error.</param>
    public static string Read(IFileProvider files, string path, string neededBecause)
    {
        var file = files.GetFileInfo(path);
        if (!file.Exists)
        {
            throw new InvalidOperationException($"wwwroot/{path} is missing: {neededBecause}.");
        }

        using var stream = file.CreateReadStream();
        using var reader = new StreamReader(stream, Encoding.UTF8);
        // Line endings as the file has them: a hash taken of the text is of exactly the bytes served.
        return reader.ReadToEnd();
    }
}
