using KazakhArticle.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);

builder.AddReaderLogging();
builder.AddReaderContent();
builder.AddReaderWeb();

var app = builder.Build();

app.UseReaderPipeline();
app.MapReaderEndpoints();

app.Run();

/// <summary>The entry point, visible to <c>WebApplicationFactory</c> in the tests.</summary>
public partial class Program;
