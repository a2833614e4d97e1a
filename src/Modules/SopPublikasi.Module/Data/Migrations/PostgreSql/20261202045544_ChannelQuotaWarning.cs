using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SopPublikasi.Module.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class ChannelQuotaWarning : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "QuotaWarnedUntil",
                table: "SocialChannels",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "QuotaWarning",
                table: "SocialChannels",
                type: "character varying(1000)",
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
