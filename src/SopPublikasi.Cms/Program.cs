using SopPublikasi.Module;
using SopPublikasi.Module.Cli;

// `dotnet run -- token create --user ppid` and friends run an operator command instead of the site.
var command = CliCommand.Parse(args);
var builder = WebApplication.CreateBuilder(command is null ? args : []);

builder.AddSopPublikasi();
if (command is not null)
{
    builder.UseSopCli();
}

var app = builder.Build();
if (command is not null)
{
    return await app.RunSopCliAsync(command);
}

app.MapSopPublikasi();

await app.RunAsync();
return 0;

/// <summary>Entry point; public so that integration tests can boot it with WebApplicationFactory.</summary>
public partial class Program;
