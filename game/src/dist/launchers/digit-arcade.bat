@echo off
rem Digit Arcade for Windows, portable download: starts the game (or a subcommand: predict,
rem bench, ...) with the Java 17+ runtime named by JAVA_HOME, else the first java on the PATH.
setlocal
set "DIR=%~dp0"
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" (
  set "JAVA=%JAVA_HOME%\bin\java.exe"
  goto run
)
where java >nul 2>nul
if errorlevel 1 (
  echo digit-arcade: no Java runtime found: install Java 17 or newer, or set JAVA_HOME 1>&2
  exit /b 1
)
set "JAVA=java"
:run
"%JAVA%" -cp "%DIR%digit-arcade.jar;%DIR%lib\*" dev.digitarcade.game.app.Main %*
exit /b %ERRORLEVEL%
