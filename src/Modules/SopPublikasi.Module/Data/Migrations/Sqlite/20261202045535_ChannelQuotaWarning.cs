using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SopPublikasi.Module.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ChannelQuotaWarning : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "QuotaWarnedUntil",
                table: "SocialChannels",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "QuotaWarning",
                table: "SocialChannels",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "QuotaWarnedUntil",
                table: "SocialChannels");

            migrationBuilder.DropColumn(
                name: "QuotaWarning",
                table: "SocialChannels");
        }
    }
}
