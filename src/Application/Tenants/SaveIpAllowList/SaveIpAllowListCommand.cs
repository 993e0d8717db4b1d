using Mediator;

namespace YearEndAdjustment.Application.Tenants.SaveIpAllowList;

/// <summary>
/// replaces the allow-list with one entry per line ("203.0.113.0/24 本社" — address or CIDR, then an optional
/// note). <see cref="ClientIp"/> is the admin's own address: a list that would shut it out is saved only with
/// <see cref="ConfirmSelfLockout"/>.
/// </summary>
public sealed record SaveIpAllowListCommand(string Entries, string? ClientIp, bool ConfirmSelfLockout) : ICommand<SaveIpAllowListResult>;
