using System.Resources;

[assembly: NeutralResourcesLanguage("ja")]

namespace YearEndAdjustment.Web;

/// <summary>Anchor of the UI text resources: Resources/SharedResource.resx (Japanese, neutral) and .en.resx.</summary>
public sealed class SharedResource;
