namespace KazakhArticle.Core.Content;

/// <summary>A place in a content file that is wrong, and what is wrong there.</summary>
public sealed record ContentProblem(string File, int Line, string Message)
{
    public override string ToString() => $"{File}:{Line}: {Message}";
}

/// <summary>Thrown when content cannot be imported; every problem names its file and line.</summary>
public sealed class ContentValidationException : Exception
{
    public ContentValidationException(IReadOnlyList<ContentProblem> problems)
        : base(string.Join(Environment.NewLine, problems))
    {
        Problems = problems;
    }

    public ContentValidationException(string file, int line, string message)
        : this([new ContentProblem(file, line, message)])
    {
    }

    public ContentValidationException()
        : this([])
    {
    }

    public ContentValidationException(string message)
        : this("(content)", 0, message)
    {
    }

    public ContentValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [new ContentProblem("(content)", 0, message)];
    }

    public IReadOnlyList<ContentProblem> Problems { get; }
}
