// The control for measure-search-rps.sh: Kestrel serving one folder as static files and nothing else.
var app = WebApplication.Create(args);
app.UseStaticFiles(new StaticFileOptions
{
    FileProvider = new Microsoft.Extensions.FileProviders.PhysicalFileProvider(Path.GetFullPath(args[0])),
});
app.Run();
