using System.Security.Cryptography;
using Anknytning.Web.Site;
using Microsoft.AspNetCore.DataProtection;

namespace Anknytning.Web.Features.Journal;

/// <summary>
/// Encrypts journal text at rest with ASP.NET Core Data Protection, under the journal's own key ring, so revoking
/// the keys behind cookies and antiforgery never makes a journal unreadable. The account id is part of the
/// purpose, so a row read under the wrong account fails to decrypt instead of showing someone else's words.
/// </summary>
public sealed partial class JournalProtector(
    [FromKeyedServices(DataProtectionSetup.JournalRing)] IDataProtectionProvider journalRing,
    IDataProtectionProvider sharedRing,
    ILogger<JournalProtector> logger)
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

    /// <summary>
    /// An entry's title and text, or null when they cannot be decrypted (a lost key ring, a corrupt row, a row
    /// moved between accounts). Every reader of entries decrypts through here, so one bad row never breaks a
    /// page or an export. Only the entry's id goes to the log.
    /// </summary>
    public (string? Title, string Text)? TryUnprotect(JournalEntry entry)
    {
        try
        {
            return (
                entry.TitleCiphertext is null ? null : Unprotect(entry.UserId, entry.TitleCiphertext),
                Unprotect(entry.UserId, entry.TextCiphertext));
        }
        catch (CryptographicException)
        {
            LogUnreadable(entry.Id);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Journal entry {EntryId} could not be decrypted")]
    private partial void LogUnreadable(long entryId);
}
