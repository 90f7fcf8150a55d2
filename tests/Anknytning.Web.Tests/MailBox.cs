using System.Collections.Concurrent;
using Anknytning.Web.Features.Account;
using Microsoft.AspNetCore.Identity;

namespace Anknytning.Web.Tests;

/// <summary>An e-mail sender that keeps the reset links it was asked to send, for tests that follow them.</summary>
internal sealed class MailBox : IEmailSender<UserAccount>
{
    public ConcurrentQueue<string> Links { get; } = new();

    public Task SendConfirmationLinkAsync(UserAccount user, string email, string confirmationLink) => Task.CompletedTask;

    public Task SendPasswordResetLinkAsync(UserAccount user, string email, string resetLink)
    {
        Links.Enqueue(resetLink);
        return Task.CompletedTask;
    }

    public Task SendPasswordResetCodeAsync(UserAccount user, string email, string resetCode) => Task.CompletedTask;
}
