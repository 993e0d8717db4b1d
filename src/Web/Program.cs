using YearEndAdjustment.Web.Cli;
using YearEndAdjustment.Web.Composition;

// Japanese is the site's default language (ADR 0010, 0027): work outside a request (CLI, background jobs) and
// requests before localization runs must not turn English just because the server's locale is en-US.
System.Globalization.CultureInfo.DefaultThreadCurrentUICulture = new("ja");

if (args is ["calc", ..])
{
    // One buffered writer instead of Console.Out's flush per line: `calc --jsonl` writes thousands of lines.
    await using var calcOutput = new StreamWriter(Console.OpenStandardOutput(), new System.Text.UTF8Encoding(false), 1 << 16);
    return CalcCommand.Run(args[1..], Console.In, calcOutput, Console.Error);
}

if (OperatorCli.Handles(args))
{
    return await OperatorCli.RunAsync(args, Console.Out, Console.Error);
}

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddWebServices(builder.Configuration, builder.Environment);

var app = builder.Build();
app.UseWebPipeline();
await app.RunAsync();
return 0;

public partial class Program;
