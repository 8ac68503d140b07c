<#
.SYNOPSIS
Builds Identity Center Migrator for Windows into target\packaging\:
  runtime\     the trimmed Java runtime (jlink) the app runs on
  image\       the app image: the app as it is installed, runnable where it lies
  installers\  the .msi

.DESCRIPTION
Needs a JDK 17 or newer with jlink, jpackage and its jmods (JAVA_HOME, or the one on the PATH),
Maven on the PATH, and, for the .msi, the WiX Toolset 3 (candle.exe and light.exe on the PATH),
which jpackage uses. Runs in Windows PowerShell 5.1 and in PowerShell 7:
  powershell -ExecutionPolicy Bypass -File packaging\build.ps1

.PARAMETER ImageOnly
Stop after the app image (no .msi).

.PARAMETER Offline
Build with Maven offline (every dependency already in ~\.m2).

.PARAMETER PerMachine
Make an .msi that installs for every user of the machine, under Program Files, which needs
administrator rights. Without it the .msi installs for the current user only, under
%LOCALAPPDATA%, without administrator rights.
#>
param(
    [switch]$ImageOnly,
    [switch]$Offline,
    [switch]$PerMachine
)
$ErrorActionPreference = 'Stop'

function Fail([string]$message) {
    Write-Host "packaging\build.ps1: $message" -ForegroundColor Red
    exit 1
}

# Runs a program; stops the build with $what if it fails.
function Invoke-Tool([string]$what, [string]$program, [string[]]$arguments) {
    & $program @arguments
    if ($LASTEXITCODE -ne 0) { Fail "$what failed (exit code $LASTEXITCODE, see above)." }
}

function Get-Size([string]$path) {
    $bytes = (Get-ChildItem -LiteralPath $path -Recurse -File | Measure-Object -Property Length -Sum).Sum
    if ($null -eq $bytes) { $bytes = (Get-Item -LiteralPath $path).Length }
    '{0:N0} MB' -f ($bytes / 1MB)
}

$root = Split-Path -Parent $PSScriptRoot
Set-Location $root

# --- The JDK -------------------------------------------------------------------------------
if ($env:JAVA_HOME) {
    $jdk = $env:JAVA_HOME
} else {
    $javac = Get-Command javac.exe -ErrorAction SilentlyContinue
    if (-not $javac) { Fail 'no JDK found: set JAVA_HOME to a JDK 17 or put its bin folder on the PATH.' }
    $jdk = Split-Path -Parent (Split-Path -Parent $javac.Source)
}
foreach ($tool in 'java', 'jar', 'jdeps', 'jlink', 'jpackage') {
    if (-not (Test-Path "$jdk\bin\$tool.exe")) { Fail "$jdk has no bin\$tool.exe: JAVA_HOME must point to a full JDK 17 or newer." }
}
if (-not (Test-Path "$jdk\jmods\java.base.jmod")) { Fail "$jdk has no jmods folder, which jlink needs." }
$env:JAVA_HOME = $jdk

$out = Join-Path $root 'target\packaging'
$inputDir = Join-Path $out 'input'
$runtime = Join-Path $out 'runtime'
$imageDir = Join-Path $out 'image'
$installers = Join-Path $out 'installers'
$clock = [Diagnostics.Stopwatch]::StartNew()

# --- 1. The app's jars ----------------------------------------------------------------------
Write-Host "==> Building the app with Maven (JDK at $jdk)"
if (Test-Path $out) { Remove-Item -Recurse -Force $out }
$mavenArguments = @('-B', '-q', '-Ppackage', 'package', '-DskipTests')
if ($Offline) { $mavenArguments = @('-o') + $mavenArguments }
Invoke-Tool 'The Maven build' 'mvn' $mavenArguments
if (-not (Test-Path $inputDir)) { Fail "Maven did not copy the app's jars to $inputDir; is the 'package' profile in pom.xml?" }
Invoke-Tool 'jar' "$jdk\bin\jar.exe" @('--create', '--file', "$inputDir\identity-center-migrator.jar", '-C', "$root\target\classes", '.')
$versionLine = Select-String -Path "$root\target\classes\co\pump\icm\version.properties" -Pattern '^version=(.+)$'
if (-not $versionLine) { Fail 'no version in target\classes\co\pump\icm\version.properties.' }
$version = $versionLine.Matches[0].Groups[1].Value.Trim()
# JavaFX's native libraries stay in its jar: on Windows JavaFX unpacks them into the user's
# .openjfx folder at the first start.

# --- 2. The Java modules the app needs ------------------------------------------------------
Write-Host '==> Checking with jdeps that packaging\runtime-modules.txt has every module the app uses'
$modules = Get-Content 'packaging\runtime-modules.txt' |
    ForEach-Object { ($_ -replace '#.*', '').Trim() } | Where-Object { $_ -ne '' }
$jars = (Get-ChildItem "$inputDir\*.jar").FullName
$found = & "$jdk\bin\jdeps.exe" --multi-release 17 --ignore-missing-deps --print-module-deps @jars
if ($LASTEXITCODE -ne 0) { Fail 'jdeps could not analyse the app''s jars (see above).' }
$missing = ($found -split ',') | ForEach-Object { $_.Trim() } | Where-Object { $_ -and ($modules -notcontains $_) }
if ($missing) { Fail "the app uses Java modules that packaging\runtime-modules.txt lacks: $($missing -join ', '). Add them there, with the reason." }
Write-Host "    jdeps: $found"

# --- 3. The trimmed runtime -----------------------------------------------------------------
Write-Host '==> Making the Java runtime with jlink'
Invoke-Tool 'jlink' "$jdk\bin\jlink.exe" @('--add-modules', ($modules -join ','),
    '--strip-debug', '--no-header-files', '--no-man-pages', '--compress=2', '--output', $runtime)
# A class-data sharing archive of the runtime's own classes: faster starts (see build.sh).
& "$runtime\bin\java.exe" -Xshare:dump | Out-Null
if ($LASTEXITCODE -ne 0) { Fail 'could not write the runtime''s class-data archive.' }

# --- 4. The app image -----------------------------------------------------------------------
$common = @('@packaging/common.args', '@packaging/app.args', '@packaging/windows/app.args',
    '--app-version', $version, '--input', $inputDir, '--runtime-image', $runtime)
Write-Host '==> Making the app image with jpackage'
Invoke-Tool 'jpackage (app image)' "$jdk\bin\jpackage.exe" (@('--type', 'app-image') + $common + @('--dest', $imageDir))

# --- 5. The installer -----------------------------------------------------------------------
if (-not $ImageOnly) {
    if (-not ((Get-Command candle.exe -ErrorAction SilentlyContinue) -and (Get-Command light.exe -ErrorAction SilentlyContinue))) {
        Fail 'the .msi needs the WiX Toolset 3 (candle.exe and light.exe) on the PATH: install WiX 3.14, or run with -ImageOnly.'
    }
    $installerArguments = @('--type', 'msi') + $common + @('@packaging/windows/installer.args', '--dest', $installers)
    if (-not $PerMachine) { $installerArguments += '--win-per-user-install' }
    Write-Host '==> Making the .msi installer with jpackage'
    Invoke-Tool 'jpackage (.msi)' "$jdk\bin\jpackage.exe" $installerArguments
}

# --- Summary --------------------------------------------------------------------------------
Write-Host ("==> Done in {0:N0} s: Identity Center Migrator $version for Windows" -f $clock.Elapsed.TotalSeconds)
Write-Host "    runtime image   $(Get-Size $runtime)   $runtime"
Get-ChildItem $imageDir | ForEach-Object { Write-Host "    app image       $(Get-Size $_.FullName)   $($_.FullName)" }
if (Test-Path $installers) {
    Get-ChildItem $installers | ForEach-Object { Write-Host "    installer       $(Get-Size $_.FullName)   $($_.FullName)" }
}
