using System.Security.Cryptography;
using Anknytning.Web.Site;
using Microsoft.AspNetCore.DataProtection;

namespace Anknytning.Web.Features.Journal;

/// <summary>
/// Encrypts journal text at rest with ASP.NET Core Data Protection, under the journal's own key ring, so revoking
/// the keys behind cookies and antiforgery never makes a journal unreadable. The account id is part of the
/// purpose, so a row read under the wrong account fails to decrypt instead of showing someone else's words.
/// </summary>
public sealed class JournalProtector(
    [FromKeyedServices(DataProtectionSetup.JournalRing)] IDataProtectionProvider journalRing,
    IDataProtectionProvider sharedRing)
{
    private const string Purpose = "Anknytning.Journal.v1";

    public string Protect(string userId, string text) => journalRing.CreateProtector(Purpose, userId).Protect(text);

    public string Unprotect(string userId, string ciphertext)
    {
        try
        {
            return journalRing.CreateProtector(Purpose, userId).Unprotect(ciphertext);
        }
        catch (CryptographicException)
        {
            // Entries written before the journal had its own ring were protected with the shared one. Their key
            // ids are not in the journal's ring, so they land here; anything else fails here too, as before.
            return sharedRing.CreateProtector(Purpose, userId).Unprotect(ciphertext);
        }
    }
}
