using Microsoft.AspNetCore.Identity;

namespace Anknytning.Web.Features.Account;

/// <summary>
/// Until a real mail service is configured, account mail goes to the log: the reset link in Development only,
/// so a developer can follow it; elsewhere just the fact that a mail could not be sent. Never a password.
/// </summary>
public sealed partial class LoggedEmailSender(IHostEnvironment environment, ILogger<LoggedEmailSender> logger) : IEmailSender<UserAccount>
{
    public Task SendConfirmationLinkAsync(UserAccount user, string email, string confirmationLink) =>
        Send(user, "confirmation", confirmationLink);

    public Task SendPasswordResetLinkAsync(UserAccount user, string email, string resetLink) =>
        Send(user, "password reset", resetLink);

    public Task SendPasswordResetCodeAsync(UserAccount user, string email, string resetCode) =>
        Send(user, "password reset code", "(code)");

    private Task Send(UserAccount user, string kind, string link)
    {
        if (environment.IsDevelopment())
        {
            LogDevelopmentMail(kind, user.Id, link);
        }
        else
        {
            LogNoMailService(kind, user.Id);
        }

        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Development mail sink: {Kind} mail for account {UserId}: {Link}")]
    private partial void LogDevelopmentMail(string kind, string userId, string link);

    [LoggerMessage(Level = LogLevel.Warning, Message = "No mail service is configured; the {Kind} mail for account {UserId} was not sent")]
    private partial void LogNoMailService(string kind, string userId);
}
