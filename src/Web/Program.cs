using YearEndAdjustment.Web.Cli;
using YearEndAdjustment.Web.Composition;

if (args is ["calc", ..])
{
    return CalcCommand.Run(args[1..], Console.In, Console.Out, Console.Error);
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
