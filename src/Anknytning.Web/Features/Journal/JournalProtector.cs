using Microsoft.AspNetCore.DataProtection;

namespace Anknytning.Web.Features.Journal;

/// <summary>
/// Encrypts journal text at rest with ASP.NET Core Data Protection. The account id is part of the purpose, so
/// a row read under the wrong account fails to decrypt instead of showing someone else's words.
/// </summary>
public sealed class JournalProtector(IDataProtectionProvider provider)
{
    private const string Purpose = "Anknytning.Journal.v1";

    public string Protect(string userId, string text) => For(userId).Protect(text);

    public string Unprotect(string userId, string ciphertext) => For(userId).Unprotect(ciphertext);

    private IDataProtector For(string userId) => provider.CreateProtector(Purpose, userId);
}
