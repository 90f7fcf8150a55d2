using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Anknytning.Web.Features.Account;

public enum MailSecurity
{
    /// <summary>Plain connection upgraded with STARTTLS, required (usually port 587).</summary>
    StartTls,

    /// <summary>TLS from the first byte (usually port 465).</summary>
    SslOnConnect,

    /// <summary>No TLS at all: only for a relay on this machine or in tests.</summary>
    None,
}

/// <summary>The "Mail" settings. With no <see cref="Host"/>, no mail is sent and the log says so.</summary>
public sealed class MailOptions
{
    public string? Host { get; set; }

    [Range(1, 65535)]
    public int Port { get; set; } = 587;

    public MailSecurity Security { get; set; } = MailSecurity.StartTls;

    /// <summary>The SMTP account; leave empty for a relay that needs no sign-in.</summary>
    public string? User { get; set; }

    public string? Password { get; set; }

    /// <summary>The sender's address, for example noreply@anknytning.se. Required with a host.</summary>
    public string? FromAddress { get; set; }

    public string FromName { get; set; } = "Anknytning";

    [Range(1, 300)]
    public int TimeoutSeconds { get; set; } = 30;
}

/// <summary>
/// Sends the password-reset mail over SMTP (MailKit), in the reader's language: the request's culture, which is the
/// language the "forgot password" form was shown in. Plain text, with a simple HTML alternative whose every piece is
/// encoded. A failure is logged (account id only, never the address) and not shown: the form answers the same
/// whether or not an address has an account.
/// </summary>
public sealed partial class SmtpEmailSender(
    IOptions<MailOptions> options, IStringLocalizer<AccountText> text, ILogger<SmtpEmailSender> logger) : IEmailSender<UserAccount>
{
    public async Task SendPasswordResetLinkAsync(UserAccount user, string email, string resetLink)
    {
        var message = ResetMessage(email, resetLink);
        try
        {
            await SendAsync(message);
            LogSent(user.Id);
        }
        catch (Exception e) when (e is IOException or System.Net.Sockets.SocketException or MailKit.ProtocolException
            or MailKit.CommandException or AuthenticationException or SslHandshakeException or TimeoutException or OperationCanceledException)
        {
            // The exception's message may quote the address back from the server, so only its type is logged.
            LogFailed(user.Id, e.GetType().Name);
        }
    }

    // The app signs a new reader in at once and resets with a link, so Identity never asks for these two.
    public Task SendConfirmationLinkAsync(UserAccount user, string email, string confirmationLink) =>
        throw new NotSupportedException("Anknytning sends no confirmation mail.");

    public Task SendPasswordResetCodeAsync(UserAccount user, string email, string resetCode) =>
        throw new NotSupportedException("Anknytning resets passwords with a link, not a code.");

    internal MimeMessage ResetMessage(string email, string resetLink)
    {
        var settings = options.Value;
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(settings.FromName, settings.FromAddress!));
        message.To.Add(new MailboxAddress("", email));
        message.Subject = text["ResetMailSubject"];

        string[] before = [text["ResetMailGreeting"], text["ResetMailBody"]];
        string[] after = [text["ResetMailIgnore"], text["ResetMailSignature"]];
        var plain = string.Join("\n\n", [.. before, resetLink, .. after]);

        var html = new StringBuilder("<!DOCTYPE html><html><body>");
        foreach (var paragraph in before)
        {
            html.Append("<p>").Append(Html(paragraph)).Append("</p>");
        }

        html.Append("<p><a href=\"").Append(Html(resetLink)).Append("\">").Append(Html(text["ResetMailLink"])).Append("</a></p>");
        html.Append("<p>").Append(Html(resetLink)).Append("</p>");
        foreach (var paragraph in after)
        {
            html.Append("<p>").Append(Html(paragraph)).Append("</p>");
        }

        html.Append("</body></html>");
        message.Body = new BodyBuilder { TextBody = plain, HtmlBody = html.ToString() }.ToMessageBody();
        // A Content-* header belongs to the body: set on the message before the body, MimeKit would drop it.
        message.Body.Headers[HeaderId.ContentLanguage] = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        return message;
    }

    private async Task SendAsync(MimeMessage message)
    {
        var settings = options.Value;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(settings.TimeoutSeconds));
        using var smtp = new SmtpClient { Timeout = settings.TimeoutSeconds * 1000 };
        var security = settings.Security switch
        {
            MailSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
            MailSecurity.None => SecureSocketOptions.None,
            _ => SecureSocketOptions.StartTls,
        };
        await smtp.ConnectAsync(settings.Host!, settings.Port, security, timeout.Token);
        if (!string.IsNullOrEmpty(settings.User))
        {
            await smtp.AuthenticateAsync(settings.User, settings.Password ?? "", timeout.Token);
        }

        await smtp.SendAsync(message, timeout.Token);
        await smtp.DisconnectAsync(quit: true, timeout.Token);
    }

    private static string Html(string text) => HtmlEncoder.Default.Encode(text).Replace("&#xA;", "<br>", StringComparison.Ordinal);

    [LoggerMessage(Level = LogLevel.Information, Message = "Password reset mail sent for account {UserId}")]
    private partial void LogSent(string userId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Password reset mail for account {UserId} could not be sent ({Failure}); check the Mail settings and the SMTP server")]
    private partial void LogFailed(string userId, string failure);
}
