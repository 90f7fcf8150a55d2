namespace Anknytning.Web.Features.Account;

/// <summary>Marker for the account pages' text (AccountText.resx in Swedish, AccountText.da.resx in Danish).</summary>
public sealed class AccountText;
