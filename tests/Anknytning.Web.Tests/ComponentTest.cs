using System.Globalization;
using Bunit;
using Microsoft.Extensions.DependencyInjection;

namespace Anknytning.Web.Tests;

/// <summary>A bUnit context for our components: localization registered and the interface speaking a given language.</summary>
public abstract class ComponentTest : BunitContext
{
    protected ComponentTest(string language = "sv")
    {
        Services.AddLocalization();
        Speak(language);
    }

    /// <summary>Switches the interface language for what is rendered next.</summary>
    protected static void Speak(string language)
    {
        CultureInfo.CurrentUICulture = new CultureInfo(language);
        CultureInfo.CurrentCulture = new CultureInfo(language);
    }
}
