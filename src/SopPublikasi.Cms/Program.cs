using SopPublikasi.Module;

var builder = WebApplication.CreateBuilder(args);

builder.AddSopPublikasi();

var app = builder.Build();

app.MapSopPublikasi();

app.Run();

/// <summary>Entry point; public so that integration tests can boot it with WebApplicationFactory.</summary>
public partial class Program;
