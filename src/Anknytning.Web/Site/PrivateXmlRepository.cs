using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace Anknytning.Web.Site;

/// <summary>A key folder whose key files are 600, like the folder (700) that holds them.</summary>
public sealed class PrivateXmlRepository(DirectoryInfo folder, ILoggerFactory logs) : FileSystemXmlRepository(folder, logs)
{
    public override void StoreElement(XElement element, string friendlyName)
    {
        base.StoreElement(element, friendlyName);
        // The base class writes with the process's umask and picks the file name itself; a new key is rare, so
        // tighten every key file rather than guess which one it wrote.
        foreach (var file in Directory.EnumerateFiles("*.xml"))
        {
            PrivateStorage.Restrict(file.FullName);
        }
    }
}
