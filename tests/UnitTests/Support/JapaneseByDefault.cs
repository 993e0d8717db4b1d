using System.Globalization;
using System.Runtime.CompilerServices;

namespace YearEndAdjustment.UnitTests.Support;

/// <summary>
/// The app makes Japanese its default UI language at start (Program); these tests run without the app, so they do
/// the same, or a machine whose locale is en-US would see every message in English.
/// </summary>
internal static class JapaneseByDefault
{
#pragma warning disable CA2255 // Deliberate: the whole test assembly needs the app's default before any test runs.
    [ModuleInitializer]
    internal static void Initialize() => CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.GetCultureInfo("ja");
#pragma warning restore CA2255
}
