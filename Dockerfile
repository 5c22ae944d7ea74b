# The InterviewBot server: build with the SDK, run on the small ASP.NET runtime image as a non-root user.
#   docker build -t interviewbot-server .
#   docker run -p 8080:8080 -e InterviewBot__Bot__AppId=… interviewbot-server
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
# Restore first, from the project files alone, so a code change does not re-download packages.
COPY global.json Directory.Build.props Directory.Packages.props BannedSymbols.txt .editorconfig ./
COPY src/InterviewBot.Core/InterviewBot.Core.csproj src/InterviewBot.Core/
COPY src/InterviewBot.Local/InterviewBot.Local.csproj src/InterviewBot.Local/
COPY src/InterviewBot.Azure/InterviewBot.Azure.csproj src/InterviewBot.Azure/
COPY src/InterviewBot.Media/InterviewBot.Media.csproj src/InterviewBot.Media/
COPY src/InterviewBot.Teams/InterviewBot.Teams.csproj src/InterviewBot.Teams/
COPY src/InterviewBot.Zoom/InterviewBot.Zoom.csproj src/InterviewBot.Zoom/
COPY src/InterviewBot.Server/InterviewBot.Server.csproj src/InterviewBot.Server/
RUN dotnet restore src/InterviewBot.Server/InterviewBot.Server.csproj
COPY src/ src/
COPY samples/bakery-bad.vtt samples/
RUN dotnet publish src/InterviewBot.Server/InterviewBot.Server.csproj -c Release --no-restore -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app .
# Journals and artefacts: mount a volume here (or use the Blob adapters when they land).
ENV ASPNETCORE_HTTP_PORTS=8080 \
    InterviewBot__Coach__DataDirectory=/data \
    DOTNET_gcServer=1
RUN mkdir -p /data && chown app:app /data
USER app
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=3s --retries=3 CMD ["dotnet", "InterviewBot.Server.dll", "--health-probe", "http://127.0.0.1:8080/healthz"]
ENTRYPOINT ["dotnet", "InterviewBot.Server.dll"]
