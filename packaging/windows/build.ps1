# Builds dist\Pulsegrid-<version>.msi on Windows.
# NOT BUILT OR TESTED HERE (the team builds on Linux). Needs: JDK 17+ (jpackage, jlink, jdeps on
# PATH), Maven, WiX Toolset 3.x on PATH. Run from the repository root:
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
# Same steps as packaging/linux/build.sh: shaded jar, version from the jar, trimmed runtime, one
# jpackage call with the shared argument files plus windows.jpackage.
# NB: target/pulsegrid.jar must be built ON Windows: the shaded jar carries the JavaFX natives of
# the OS that ran Maven (the openjfx artifacts pick them by OS classifier).
$ErrorActionPreference = 'Stop'
Set-Location (Resolve-Path "$PSScriptRoot\..\..")

$jar = 'target\pulsegrid.jar'
if (-not (Test-Path $jar)) {
    $env:PULSEGRID_COMMIT = (git rev-parse --short=12 HEAD 2>$null)
    mvn -q -B package -DskipTests
    if ($LASTEXITCODE -ne 0) { throw 'mvn package failed' }
}

# Version from the jar's build.properties (filtered from the pom), qualifier dropped: 0.1.0-SNAPSHOT -> 0.1.0
Add-Type -AssemblyName System.IO.Compression.FileSystem
$zip = [System.IO.Compression.ZipFile]::OpenRead((Resolve-Path $jar))
try {
    $entry = $zip.GetEntry('dev/pulsegrid/build.properties')
    $reader = New-Object System.IO.StreamReader($entry.Open())
    $props = $reader.ReadToEnd(); $reader.Close()
} finally { $zip.Dispose() }
$version = ([regex]::Match($props, '(?m)^version=(.+)$')).Groups[1].Value.Trim()
$appVersion = $version.Split('-')[0]

$work = 'target\jpackage'
Remove-Item -Recurse -Force $work, 'target\dist' -ErrorAction SilentlyContinue
New-Item -ItemType Directory -Force "$work\input" | Out-Null
Copy-Item $jar "$work\input\"
(Get-Content packaging\common.jpackage) -replace '@APP_VERSION@', $appVersion | Set-Content "$work\common.jpackage"

jlink '@packaging\runtime.jlink' --output "$work\runtime"
if ($LASTEXITCODE -ne 0) { throw 'jlink failed' }

jpackage "@$work\common.jpackage" '@packaging\launcher.jpackage' '@packaging\windows\windows.jpackage' `
    --input "$work\input" --runtime-image "$work\runtime" --dest target\dist
if ($LASTEXITCODE -ne 0) { throw 'jpackage failed' }
Get-ChildItem target\dist
