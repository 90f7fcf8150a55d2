using System.Security.Cryptography;
using Anknytning.Web.Site;
using Microsoft.AspNetCore.DataProtection;

namespace Anknytning.Web.Features.Journal;

/// <summary>
/// The words a parent searches their journal for travel in its address only sealed. The filter form posts them; the
/// page answers with a redirect to an address whose "sok" is encrypted under the journal's key ring for this
/// account. Browser history, a shared device's address-bar suggestions and a proxy's access log then hold no words,
/// while Back and reload still show the same results.
/// </summary>
public sealed class SealedSearch([FromKeyedServices(DataProtectionSetup.JournalRing)] IDataProtectionProvider journalRing)
{
    /// <summary>Longer searches are cut here, so the sealed address stays well inside what servers accept.</summary>
    public const int MaxLength = 200;

    private const string Purpose = "Anknytning.Journal.Search.v1";

    public string Seal(string userId, string words) =>
        journalRing.CreateProtector(Purpose, userId).Protect(words.Length > MaxLength ? words[..MaxLength] : words);

    /// <summary>The words, or null for an address sealed for another account, under a lost key, or typed by hand.</summary>
    public string? Open(string userId, string? sealedWords)
    {
        if (string.IsNullOrEmpty(sealedWords))
        {
            return null;
        }

        try
        {
            return journalRing.CreateProtector(Purpose, userId).Unprotect(sealedWords);
        }
        catch (CryptographicException)
        {
            return null;
        }
    }
}
