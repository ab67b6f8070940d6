package org.instarelay.discord;

import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.interactions.Interaction;
import org.instarelay.common.Requester;

/**
 * Who may run the admin subcommands: members with Manage Server (which owners and
 * Administrators have implicitly), or members with the role {@code discord.admin-role}.
 *
 * <p>Discord cannot enforce this per subcommand ({@code default_member_permissions} applies to
 * the whole {@code /instagram}), so the flag computed here travels in the {@link Requester} and
 * {@link org.instarelay.commands.CommandRegistry} refuses what it must.
 */
public final class AdminCheck {
    private final String adminRoleId;

    /** @param adminRoleId the optional admin role id, null or blank when none is configured */
    public AdminCheck(String adminRoleId) {
        this.adminRoleId = adminRoleId == null || adminRoleId.isBlank() ? null : adminRoleId.strip();
    }

    /** Whether this member may run admin subcommands; false outside a server. */
    public boolean isAdmin(Member member) {
        if (member == null) {
            return false;
        }
        if (member.hasPermission(Permission.MANAGE_SERVER)) {
            return true;
        }
        return adminRoleId != null && member.getRoles().stream().anyMatch(role -> role.getId().equals(adminRoleId));
    }

    /**
     * The person behind an interaction, with the ids the core binds authorize links to: a link
     * made for one user in one server is refused to anyone else.
     */
    public Requester requester(Interaction interaction) {
        String guildId = interaction.getGuild() == null ? null : interaction.getGuild().getId();
        String channelId = interaction.getChannelId();
        return new Requester(interaction.getUser().getId(), guildId, channelId, isAdmin(interaction.getMember()));
    }
}
