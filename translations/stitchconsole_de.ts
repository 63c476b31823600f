<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name></name>
    <message>
        <source>you</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>ApiClient</name>
    <message>
        <source>The request was not sent: a path segment was empty, &quot;.&quot; or &quot;..&quot;.</source>
        <translation>Die Anfrage wurde nicht gesendet: ein Pfadsegment war leer, &quot;.&quot; oder &quot;..&quot;.</translation>
    </message>
    <message>
        <source>The server did not answer within %1 seconds.</source>
        <translation>Der Server hat nicht innerhalb von %1 Sekunden geantwortet.</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>The server&apos;s answer was not understood: %1</source>
        <translation>Die Antwort des Servers war unverständlich: %1</translation>
    </message>
    <message>
        <source>%1 (HTTP %2)</source>
        <translation>%1 (HTTP %2)</translation>
    </message>
    <message>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1: %2</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>Art: %1</translation>
    </message>
    <message>
        <source>Request: %1 %2</source>
        <translation>Anfrage: %1 %2</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>HTTP-Status: %1</translation>
    </message>
    <message>
        <source>Error code: %1</source>
        <translation>Fehlercode: %1</translation>
    </message>
    <message>
        <source>Message: %1</source>
        <translation>Meldung: %1</translation>
    </message>
    <message>
        <source>Response body (first %1 bytes):</source>
        <translation>Antworttext (erste %1 Bytes):</translation>
    </message>
    <message>
        <source>no error</source>
        <translation>kein Fehler</translation>
    </message>
    <message>
        <source>network error</source>
        <translation>Netzwerkfehler</translation>
    </message>
    <message>
        <source>timeout</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>server error</source>
        <translation>Serverfehler</translation>
    </message>
    <message>
        <source>HTTP error</source>
        <translation>HTTP-Fehler</translation>
    </message>
    <message>
        <source>unexpected response</source>
        <translation>unerwartete Antwort</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>request refused before sending</source>
        <translation>Anfrage vor dem Senden abgelehnt</translation>
    </message>
    <message>
        <source>local file unreadable or changed</source>
        <translation>lokale Datei unlesbar oder geändert</translation>
    </message>
    <message>
        <source>expected a list of pending users</source>
        <translation>Liste ausstehender Benutzer erwartet</translation>
    </message>
    <message>
        <source>expected a list of origins</source>
        <translation>Liste von Ursprüngen erwartet</translation>
    </message>
    <message>
        <source>expected {&quot;features&quot;: [...]}</source>
        <translation>erwartet wurde {&quot;features&quot;: [...]}</translation>
    </message>
    <message>
        <source>expected a list of databases</source>
        <translation>erwartet: eine Liste von Datenbanken</translation>
    </message>
    <message>
        <source>expected a database name</source>
        <translation>erwartet: ein Datenbankname</translation>
    </message>
    <message>
        <source>expected {documents, count}</source>
        <translation>erwartet: {documents, count}</translation>
    </message>
    <message>
        <source>expected {imported, skipped}</source>
        <translation>erwartet: {imported, skipped}</translation>
    </message>
</context>
<context>
    <name>ApiKeyListModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>aktiviert</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
</context>
<context>
    <name>ApiKeysPanel</name>
    <message>
        <source>Enter a name for the key.</source>
        <translation>Geben Sie einen Namen für den Schlüssel ein.</translation>
    </message>
    <message>
        <source>An API key name has at most 100 characters.</source>
        <translation>Ein API-Schlüsselname hat höchstens 100 Zeichen.</translation>
    </message>
    <message>
        <source>API Keys</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Filter by name</source>
        <translation>Nach Name filtern</translation>
    </message>
    <message>
        <source>Filter API keys</source>
        <translation>API-Schlüssel filtern</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>Create an API key (Ctrl+N)</source>
        <translation>API-Schlüssel anlegen (Strg+N)</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Aktivieren</translation>
    </message>
    <message>
        <source>Enable the selected keys</source>
        <translation>Ausgewählte Schlüssel aktivieren</translation>
    </message>
    <message>
        <source>D&amp;isable</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <source>Disable the selected keys: clients using them are refused</source>
        <translation>Ausgewählte Schlüssel deaktivieren: Clients, die sie verwenden, werden abgewiesen</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Delete the selected keys (Del)</source>
        <translation>Ausgewählte Schlüssel löschen (Entf)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Load the keys again (F5)</source>
        <translation>Schlüssel neu laden (F5)</translation>
    </message>
    <message>
        <source>Loading API keys</source>
        <translation>Lade API-Schlüssel</translation>
    </message>
    <message>
        <source>Selected key</source>
        <translation>Ausgewählter Schlüssel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Key details</source>
        <translation>Schlüsseldetails</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>ID:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Zustand:</translation>
    </message>
    <message>
        <source>API Keys of %1</source>
        <translation>API-Schlüssel von %1</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n Schlüssel</numerusform>
            <numerusform>%n Schlüssel</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an app in Apps to see its API keys.</source>
        <translation>Wählen Sie unter „Apps“ eine App, um ihre API-Schlüssel zu sehen.</translation>
    </message>
    <message>
        <source>This app has no API keys. New… creates one; its key is shown once.</source>
        <translation>Diese App hat keine API-Schlüssel. „Neu…“ legt einen an; der Schlüssel wird nur einmal angezeigt.</translation>
    </message>
    <message>
        <source>No key matches “%1”.</source>
        <translation>Kein Schlüssel passt zu „%1“.</translation>
    </message>
    <message>
        <source>A key authenticates a server or script as an app user. Its secret is shown only when it is created.</source>
        <translation>Ein Schlüssel authentifiziert einen Server oder ein Skript als App-Benutzer. Sein Geheimnis wird nur beim Anlegen angezeigt.</translation>
    </message>
    <message>
        <source>Select a key to see its details.</source>
        <translation>Wählen Sie einen Schlüssel, um seine Details zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>%n keys selected.</source>
        <translation>
            <numerusform>%n Schlüssel ausgewählt.</numerusform>
            <numerusform>%n Schlüssel ausgewählt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Lade…</translation>
    </message>
    <message>
        <source>This key no longer exists: it was deleted elsewhere.</source>
        <translation>Dieser Schlüssel existiert nicht mehr: Er wurde anderswo gelöscht.</translation>
    </message>
    <message>
        <source>Disabled: clients using it are refused</source>
        <translation>Deaktiviert: Clients, die ihn verwenden, werden abgewiesen</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>The key itself was shown once, when it was created; it cannot be shown again. Delete it and create another if it was lost.</source>
        <translation>Der Schlüssel selbst wurde einmal beim Anlegen angezeigt und kann nicht erneut angezeigt werden. Löschen Sie ihn und legen Sie einen neuen an, falls er verloren ist.</translation>
    </message>
    <message>
        <source>New API Key</source>
        <translation>Neuer API-Schlüssel</translation>
    </message>
    <message>
        <source>Name of the new key</source>
        <translation>Name des neuen Schlüssels</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Created the API key “%1”.</source>
        <translation>API-Schlüssel „%1“ angelegt.</translation>
    </message>
    <message>
        <source>API Key “%1”</source>
        <translation>API-Schlüssel „%1“</translation>
    </message>
    <message>
        <source>Copy this key now. It is shown only this once: neither the server nor the console can show it again.</source>
        <translation>Kopieren Sie diesen Schlüssel jetzt. Er wird nur dieses eine Mal angezeigt: Weder der Server noch die Konsole können ihn erneut anzeigen.</translation>
    </message>
    <message>
        <source>The new API key</source>
        <translation>Der neue API-Schlüssel</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message numerus="yes">
        <source>Enabled %n API key(s).</source>
        <translation>
            <numerusform>%n API-Schlüssel aktiviert.</numerusform>
            <numerusform>%n API-Schlüssel aktiviert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Disabled %n API key(s).</source>
        <translation>
            <numerusform>%n API-Schlüssel deaktiviert.</numerusform>
            <numerusform>%n API-Schlüssel deaktiviert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the API key “%1”? Clients using it can no longer log in. This cannot be undone.</source>
        <translation>Den API-Schlüssel „%1“ löschen? Clients, die ihn verwenden, können sich nicht mehr anmelden. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete these %1 API keys? Clients using them can no longer log in. This cannot be undone.

%2</source>
        <translation>Diese %1 API-Schlüssel löschen? Clients, die sie verwenden, können sich nicht mehr anmelden. Das lässt sich nicht rückgängig machen.

%2</translation>
    </message>
    <message>
        <source>Delete API Key</source>
        <translation>API-Schlüssel löschen</translation>
    </message>
    <message>
        <source>Delete API Keys</source>
        <translation>API-Schlüssel löschen</translation>
    </message>
    <message>
        <source>delete %1 keys</source>
        <translation>%1 Schlüssel löschen</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n API key(s).</source>
        <translation>
            <numerusform>%n API-Schlüssel gelöscht.</numerusform>
            <numerusform>%n API-Schlüssel gelöscht.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppCodePanel</name>
    <message>
        <source>App as code</source>
        <translation>App als Code</translation>
    </message>
    <message>
        <source>A folder under version control, e.g. ~/src/my-app</source>
        <translation>Ein Ordner unter Versionskontrolle, z. B. ~/src/my-app</translation>
    </message>
    <message>
        <source>App folder</source>
        <translation>App-Ordner</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose the app&apos;s folder</source>
        <translation>Ordner der App wählen</translation>
    </message>
    <message>
        <source>&amp;Pull to Folder</source>
        <translation>In Ordner &amp;abrufen</translation>
    </message>
    <message>
        <source>Write the app into the folder: a second pull of an unchanged app changes no byte</source>
        <translation>Die App in den Ordner schreiben: Ein zweites Abrufen einer unveränderten App ändert kein Byte</translation>
    </message>
    <message>
        <source>&amp;Compare Folder</source>
        <translation>Ordner &amp;vergleichen</translation>
    </message>
    <message>
        <source>What a push of the folder would change on the app</source>
        <translation>Was ein Übertragen des Ordners an der App ändern würde</translation>
    </message>
    <message>
        <source>App to promote to</source>
        <translation>Ziel-App der Übernahme</translation>
    </message>
    <message>
        <source>Compare &amp;with App</source>
        <translation>Mit App ver&amp;gleichen</translation>
    </message>
    <message>
        <source>What promoting the current app to the chosen app would change there</source>
        <translation>Was das Übernehmen der aktuellen App in die gewählte App dort ändern würde</translation>
    </message>
    <message>
        <source>&amp;Dry Run</source>
        <translation>&amp;Probelauf</translation>
    </message>
    <message>
        <source>List the calls a push would make, without making them</source>
        <translation>Die Aufrufe auflisten, die ein Übertragen machen würde, ohne sie auszuführen</translation>
    </message>
    <message>
        <source>P&amp;ush as Draft</source>
        <translation>Als &amp;Entwurf übertragen</translation>
    </message>
    <message>
        <source>Make the calls inside a draft, then review it in Deploy</source>
        <translation>Die Aufrufe in einem Entwurf ausführen und ihn dann unter „Bereitstellen“ prüfen</translation>
    </message>
    <message>
        <source>&amp;Review on Target</source>
        <translation>Im &amp;Ziel prüfen</translation>
    </message>
    <message>
        <source>Switch to the app promoted to and review its draft before deploying it</source>
        <translation>Zur Ziel-App wechseln und ihren Entwurf vor dem Bereitstellen prüfen</translation>
    </message>
    <message>
        <source>Wa&amp;tch</source>
        <translation>Über&amp;wachen</translation>
    </message>
    <message>
        <source>Push functions to this Local app as they are saved in the folder (no draft; never deletes)</source>
        <translation>Funktionen an diese lokale App übertragen, sobald sie im Ordner gespeichert werden (kein Entwurf; löscht nie)</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>Überwachen</translation>
    </message>
    <message>
        <source>Watching %1 → %2. %3</source>
        <translation>Überwache %1 → %2. %3</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>Calls of the push</source>
        <translation>Aufrufe der Übertragung</translation>
    </message>
    <message>
        <source>The calls of a dry run or a push, with their outcome.</source>
        <translation>Die Aufrufe eines Probelaufs oder einer Übertragung mit ihrem Ergebnis.</translation>
    </message>
    <message>
        <source>Pull the app into a folder, or compare a folder (or another app) with it: the differences show here.</source>
        <translation>Rufen Sie die App in einen Ordner ab oder vergleichen Sie einen Ordner (oder eine andere App) mit ihr: Die Unterschiede erscheinen hier.</translation>
    </message>
    <message>
        <source>Watching %1 → %2: saved functions are pushed as they are saved.</source>
        <translation>Überwache %1 → %2: Gespeicherte Funktionen werden beim Speichern übertragen.</translation>
    </message>
    <message>
        <source>watch</source>
        <translation>Überwachung</translation>
    </message>
    <message>
        <source>App Folder</source>
        <translation>App-Ordner</translation>
    </message>
    <message>
        <source>Reading the app… %1 of %2 calls</source>
        <translation>Lese die App… %1 von %2 Aufrufen</translation>
    </message>
    <message>
        <source>Could not read the app.</source>
        <translation>Die App konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The app cannot be written as a folder.</source>
        <translation>Die App kann nicht als Ordner geschrieben werden.</translation>
    </message>
    <message>
        <source>Hashing the folder&apos;s hosting files…</source>
        <translation>Berechne Prüfsummen der Hosting-Dateien des Ordners…</translation>
    </message>
    <message>
        <source>Reading the app…</source>
        <translation>Lese die App…</translation>
    </message>
    <message>
        <source>Writing the folder…</source>
        <translation>Schreibe den Ordner…</translation>
    </message>
    <message>
        <source>The pull failed.</source>
        <translation>Das Abrufen ist fehlgeschlagen.</translation>
    </message>
    <message numerus="yes">
        <source>Pulled into %1: %n file(s) written.</source>
        <translation>
            <numerusform>In %1 abgerufen: %n Datei geschrieben.</numerusform>
            <numerusform>In %1 abgerufen: %n Dateien geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the folder…</source>
        <translation>Lese den Ordner…</translation>
    </message>
    <message>
        <source>The folder cannot be pushed:
%1</source>
        <translation>Der Ordner kann nicht übertragen werden:
%1</translation>
    </message>
    <message>
        <source>The folder has problems (see above).</source>
        <translation>Der Ordner hat Probleme (siehe oben).</translation>
    </message>
    <message>
        <source>Folder → %1</source>
        <translation>Ordner → %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Vergleiche…</translation>
    </message>
    <message>
        <source>Wanted</source>
        <translation>Soll</translation>
    </message>
    <message>
        <source>No differences: a push would change nothing.</source>
        <translation>Keine Unterschiede: Eine Übertragung würde nichts ändern.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>Ignored (not part of an app): %1</source>
        <translation>Ignoriert (nicht Teil einer App): %1</translation>
    </message>
    <message>
        <source>Values that name secrets (secrets are never copied; check that %1 has them): %2</source>
        <translation>Werte, die Geheimnisse benennen (Geheimnisse werden nie kopiert; prüfen Sie, dass %1 sie hat): %2</translation>
    </message>
    <message>
        <source>Problems: %1</source>
        <translation>Probleme: %1</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n call(s) on %1, nothing sent.</source>
        <translation>
            <numerusform>Probelauf: %n Aufruf an %1, nichts gesendet.</numerusform>
            <numerusform>Probelauf: %n Aufrufe an %1, nichts gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pushing… %1 of %2 calls</source>
        <translation>Übertrage… %1 von %2 Aufrufen</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 changed since the comparison: compare again.</source>
        <translation>%1 hat sich seit dem Vergleich geändert: Vergleichen Sie erneut.</translation>
    </message>
    <message>
        <source>The push stopped: the draft holds what landed; compare and push again to complete it.</source>
        <translation>Die Übertragung wurde angehalten: Der Entwurf enthält, was angekommen ist; vergleichen und übertragen Sie erneut, um sie abzuschließen.</translation>
    </message>
    <message numerus="yes">
        <source>Pushed %n change(s) into a draft of %1.</source>
        <translation>
            <numerusform>%n Änderung in einen Entwurf von %1 übertragen.</numerusform>
            <numerusform>%n Änderungen in einen Entwurf von %1 übertragen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to push: %1 already matches.</source>
        <translation>Nichts zu übertragen: %1 stimmt bereits überein.</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Prüfe %1…</translation>
    </message>
    <message>
        <source>Profile to promote to</source>
        <translation>Zielprofil der Übernahme</translation>
    </message>
    <message>
        <source>Another profile signs in separately, with the secret the keychain holds for it (or one you type); the window stays signed in here</source>
        <translation>Ein anderes Profil meldet sich getrennt an, mit dem Geheimnis aus dem Schlüsselbund (oder einem eingegebenen); das Fenster bleibt hier angemeldet</translation>
    </message>
    <message>
        <source>Promote to: p&amp;rofile</source>
        <translation>Übernehmen nach: P&amp;rofil</translation>
    </message>
    <message>
        <source>&amp;app</source>
        <translation>&amp;App</translation>
    </message>
    <message>
        <source>No longer signed in to %1: choose the profile again.</source>
        <translation>Nicht mehr bei %1 angemeldet: Wählen Sie das Profil erneut.</translation>
    </message>
    <message>
        <source>%1 (%2, as %3) is signed in apart from this window; the draft is made there.</source>
        <translation>%1 (%2, als %3) ist getrennt von diesem Fenster angemeldet; der Entwurf entsteht dort.</translation>
    </message>
    <message>
        <source>It is a production profile: its deploy asks for the app&apos;s name.</source>
        <translation>Es ist ein Produktionsprofil: Beim Bereitstellen wird der Name der App abgefragt.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (this window)</source>
        <translation>%1 (dieses Fenster)</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Promote to an app of this window&apos;s group.</source>
        <translation>In eine App der Gruppe dieses Fensters übernehmen.</translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation>Anmeldung bei %1 …</translation>
    </message>
    <message>
        <source>Not signed in to %1: choose it again to sign in.</source>
        <translation>Nicht bei %1 angemeldet: Wählen Sie es erneut, um sich anzumelden.</translation>
    </message>
    <message>
        <source>%1 (group %2)</source>
        <translation>%1 (Gruppe %2)</translation>
    </message>
    <message numerus="yes">
        <source>Signed in to %1 (%2) as %3, apart from this window: %n app(s) to promote to.</source>
        <translation>
            <numerusform>Bei %1 (%2) als %3 angemeldet, getrennt von diesem Fenster: %n Ziel-App.</numerusform>
            <numerusform>Bei %1 (%2) als %3 angemeldet, getrennt von diesem Fenster: %n Ziel-Apps.</numerusform>
        </translation>
    </message>
    <message>
        <source>The profile to promote to changed: compare again.</source>
        <translation>Das Zielprofil hat sich geändert: Vergleichen Sie erneut.</translation>
    </message>
    <message>
        <source>%1 → %2 / %3</source>
        <translation>%1 → %2 / %3</translation>
    </message>
    <message>
        <source>No longer signed in to the profile promoted to: choose it again.</source>
        <translation>Nicht mehr beim Zielprofil angemeldet: Wählen Sie es erneut.</translation>
    </message>
    <message>
        <source>Review on %1 — %2</source>
        <translation>Prüfung auf %1 — %2</translation>
    </message>
    <message>
        <source>The draft of “%1” on the profile %2 (%3), signed in apart from this window. Deploy it here, or discard it.</source>
        <translation>Der Entwurf von „%1“ im Profil %2 (%3), getrennt von diesem Fenster angemeldet. Stellen Sie ihn hier bereit oder verwerfen Sie ihn.</translation>
    </message>
    <message>
        <source>%1 is a production profile: deploying asks you to type the app&apos;s name.</source>
        <translation>%1 ist ein Produktionsprofil: Zum Bereitstellen geben Sie den Namen der App ein.</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
</context>
<context>
    <name>AppCodeWatch</name>
    <message>
        <source>Watch: %1</source>
        <translation>Überwachung: %1</translation>
    </message>
    <message>
        <source>Watch: pushed %1 at %2</source>
        <translation>Überwachung: %1 um %2 übertragen</translation>
    </message>
</context>
<context>
    <name>AppListModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Client app ID</source>
        <translation>Client-App-ID</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Deployment model</source>
        <translation>Bereitstellungsmodell</translation>
    </message>
</context>
<context>
    <name>AppsPanel</name>
    <message>
        <source>Apps</source>
        <translation>Apps</translation>
    </message>
    <message>
        <source>Filter apps (Ctrl+F)</source>
        <translation>Apps filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Filter apps</source>
        <translation>Apps filtern</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Reload the list of apps (F5)</source>
        <translation>Die Liste der Apps neu laden (F5)</translation>
    </message>
    <message>
        <source>Refresh apps</source>
        <translation>Apps aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Create…</source>
        <translation>&amp;Erstellen…</translation>
    </message>
    <message>
        <source>Create a new app in this group</source>
        <translation>Eine neue App in dieser Gruppe erstellen</translation>
    </message>
    <message>
        <source>Create app</source>
        <translation>App erstellen</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Save the selected app&apos;s configuration as a .zip file</source>
        <translation>Die Konfiguration der ausgewählten App als .zip-Datei speichern</translation>
    </message>
    <message>
        <source>Export app</source>
        <translation>App exportieren</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Delete the selected app</source>
        <translation>Die ausgewählte App löschen</translation>
    </message>
    <message>
        <source>Delete app</source>
        <translation>App löschen</translation>
    </message>
    <message>
        <source>Apps in this group</source>
        <translation>Apps in dieser Gruppe</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportiere…</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>Exportstatus</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Exportfortschritt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>Export abbrechen</translation>
    </message>
    <message>
        <source>Delete App</source>
        <translation>App löschen</translation>
    </message>
    <message>
        <source>Delete the app “%1”? Its functions, values, services, hosting files and logs go with it. This cannot be undone.</source>
        <translation>Die App „%1“ löschen? Ihre Funktionen, Werte, Dienste, Hosting-Dateien und Protokolle werden mit gelöscht. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Export App</source>
        <translation>App exportieren</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>Zip-Archive (*.zip)</translation>
    </message>
    <message>
        <source>Exporting “%1”…</source>
        <translation>Exportiere „%1“…</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>Speichere %1…</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Created the app “%1”.</source>
        <translation>App „%1“ erstellt.</translation>
    </message>
    <message>
        <source>Deleted the app “%1”.</source>
        <translation>App „%1“ gelöscht.</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Nach %1 exportiert</translation>
    </message>
    <message>
        <source>App count</source>
        <translation>Anzahl der Apps</translation>
    </message>
    <message numerus="yes">
        <source>%Ln app(s)</source>
        <translation>
            <numerusform>%Ln App</numerusform>
            <numerusform>%Ln Apps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArchiveWriter</name>
    <message>
        <source>Another console window is writing to this archive: it is open here read-only.</source>
        <translation>Ein anderes Konsolenfenster schreibt in dieses Archiv: Es ist hier nur zum Lesen geöffnet.</translation>
    </message>
    <message>
        <source>The archive could not be opened: %1</source>
        <translation>Das Archiv konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>The archive file is damaged (%1).</source>
        <translation>Die Archivdatei ist beschädigt (%1).</translation>
    </message>
    <message>
        <source>The archive could not be set up: %1</source>
        <translation>Das Archiv konnte nicht eingerichtet werden: %1</translation>
    </message>
    <message>
        <source>The archive is not open for writing.</source>
        <translation>Das Archiv ist nicht zum Schreiben geöffnet.</translation>
    </message>
</context>
<context>
    <name>AssetTreeModel</name>
    <message numerus="yes">
        <source>%n file(s), %1</source>
        <translation>
            <numerusform>%n Datei, %1</numerusform>
            <numerusform>%n Dateien, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>MD5</source>
        <translation>MD5</translation>
    </message>
    <message>
        <source>Last Modified</source>
        <translation>Zuletzt geändert</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Attribute</translation>
    </message>
    <message>
        <source>The server&apos;s list of hosted files was not understood: %1</source>
        <translation>Die Liste der gehosteten Dateien des Servers war unverständlich: %1</translation>
    </message>
</context>
<context>
    <name>AuthProvidersPanel</name>
    <message>
        <source>Auth Providers</source>
        <translation>Authentifizierungsanbieter</translation>
    </message>
    <message>
        <source>Auth providers</source>
        <translation>Authentifizierungsanbieter</translation>
    </message>
    <message numerus="yes">
        <source>%n provider(s)</source>
        <translation>
            <numerusform>%n Anbieter</numerusform>
            <numerusform>%n Anbieter</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>Create an auth provider (Ctrl+N)</source>
        <translation>Authentifizierungsanbieter anlegen (Strg+N)</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Aktivieren</translation>
    </message>
    <message>
        <source>Enable the selected providers</source>
        <translation>Ausgewählte Anbieter aktivieren</translation>
    </message>
    <message>
        <source>Disa&amp;ble</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <source>Disable the selected providers</source>
        <translation>Ausgewählte Anbieter deaktivieren</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Delete the selected providers (Del)</source>
        <translation>Ausgewählte Anbieter löschen (Entf)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Load the providers again (F5)</source>
        <translation>Anbieter neu laden (F5)</translation>
    </message>
    <message>
        <source>Provider name</source>
        <translation>Anbietername</translation>
    </message>
    <message>
        <source>Provider type</source>
        <translation>Anbietertyp</translation>
    </message>
    <message>
        <source>&amp;Confirm new users automatically (autoConfirm)</source>
        <translation>Neue Benutzer automatisch &amp;bestätigen (autoConfirm)</translation>
    </message>
    <message>
        <source>Run a confirmation &amp;function (runConfirmationFunction)</source>
        <translation>Bestätigungs&amp;funktion ausführen (runConfirmationFunction)</translation>
    </message>
    <message>
        <source>Confirmation function</source>
        <translation>Bestätigungsfunktion</translation>
    </message>
    <message>
        <source>Run a password &amp;reset function (runResetFunction)</source>
        <translation>Funktion zum &amp;Zurücksetzen des Passworts ausführen (runResetFunction)</translation>
    </message>
    <message>
        <source>Password reset function</source>
        <translation>Funktion zum Zurücksetzen des Passworts</translation>
    </message>
    <message>
        <source>confirmationFunctionName:</source>
        <translation>confirmationFunctionName:</translation>
    </message>
    <message>
        <source>resetFunctionName:</source>
        <translation>resetFunctionName:</translation>
    </message>
    <message>
        <source>This provider type takes no settings.</source>
        <translation>Dieser Anbietertyp hat keine Einstellungen.</translation>
    </message>
    <message>
        <source>Authentication function</source>
        <translation>Authentifizierungsfunktion</translation>
    </message>
    <message>
        <source>Authentication &amp;function:</source>
        <translation>Authentifizierungs&amp;funktion:</translation>
    </message>
    <message>
        <source>Provider configuration as JSON</source>
        <translation>Anbieterkonfiguration als JSON</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Create or save the provider (Ctrl+S)</source>
        <translation>Anbieter anlegen oder speichern (Strg+S)</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>Auth Providers of %1</source>
        <translation>Authentifizierungsanbieter von %1</translation>
    </message>
    <message>
        <source>Choose an app in Apps to see its auth providers.</source>
        <translation>Wählen Sie unter „Apps“ eine App, um ihre Authentifizierungsanbieter zu sehen.</translation>
    </message>
    <message>
        <source>This app has no auth providers yet. New… creates one.</source>
        <translation>Diese App hat noch keine Authentifizierungsanbieter. „Neu…“ legt einen an.</translation>
    </message>
    <message>
        <source>Users sign in to the app through its enabled providers.</source>
        <translation>Benutzer melden sich über die aktivierten Anbieter bei der App an.</translation>
    </message>
    <message>
        <source>New auth provider</source>
        <translation>Neuer Authentifizierungsanbieter</translation>
    </message>
    <message>
        <source>No provider selected</source>
        <translation>Kein Anbieter ausgewählt</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>aktiviert</translation>
    </message>
    <message>
        <source>A provider name has 1 to 64 letters, digits, “_” or “-”.</source>
        <translation>Ein Anbietername hat 1 bis 64 Buchstaben, Ziffern, „_“ oder „-“.</translation>
    </message>
    <message>
        <source>Choose the confirmation function.</source>
        <translation>Wählen Sie die Bestätigungsfunktion.</translation>
    </message>
    <message>
        <source>emailConfirmationUrl must be an absolute URL (or confirm automatically, or by a function).</source>
        <translation>emailConfirmationUrl muss eine absolute URL sein (oder automatisch bzw. per Funktion bestätigen).</translation>
    </message>
    <message>
        <source>Choose the password reset function.</source>
        <translation>Wählen Sie die Funktion zum Zurücksetzen des Passworts.</translation>
    </message>
    <message>
        <source>resetPasswordUrl must be an absolute URL.</source>
        <translation>resetPasswordUrl muss eine absolute URL sein.</translation>
    </message>
    <message>
        <source>Choose the authentication function.</source>
        <translation>Wählen Sie die Authentifizierungsfunktion.</translation>
    </message>
    <message>
        <source>The configuration must be a JSON object.</source>
        <translation>Die Konfiguration muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>Created the auth provider “%1”.</source>
        <translation>Authentifizierungsanbieter „%1“ angelegt.</translation>
    </message>
    <message>
        <source>Saved the auth provider “%1”.</source>
        <translation>Authentifizierungsanbieter „%1“ gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>Enabled %n provider(s).</source>
        <translation>
            <numerusform>%n Anbieter aktiviert.</numerusform>
            <numerusform>%n Anbieter aktiviert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Disabled %n provider(s).</source>
        <translation>
            <numerusform>%n Anbieter deaktiviert.</numerusform>
            <numerusform>%n Anbieter deaktiviert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Auth Provider</source>
        <translation>Authentifizierungsanbieter löschen</translation>
    </message>
    <message>
        <source>Delete Auth Providers</source>
        <translation>Authentifizierungsanbieter löschen</translation>
    </message>
    <message>
        <source>Delete the auth provider “%1”? Its users can no longer sign in with it.</source>
        <translation>Den Authentifizierungsanbieter „%1“ löschen? Seine Benutzer können sich dann nicht mehr damit anmelden.</translation>
    </message>
    <message>
        <source>Delete these %1 auth providers? Their users can no longer sign in with them.

%2</source>
        <translation>Diese %1 Authentifizierungsanbieter löschen? Ihre Benutzer können sich dann nicht mehr damit anmelden.

%2</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>delete %1 providers</source>
        <translation>%1 Anbieter löschen</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n auth provider(s).</source>
        <translation>
            <numerusform>%n Authentifizierungsanbieter gelöscht.</numerusform>
            <numerusform>%n Authentifizierungsanbieter gelöscht.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AutosaveStore</name>
    <message>
        <source>Cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Cannot remove %1</source>
        <translation>%1 kann nicht entfernt werden</translation>
    </message>
</context>
<context>
    <name>BusyIndicator</name>
    <message>
        <source>Busy</source>
        <translation>Beschäftigt</translation>
    </message>
    <message>
        <source>Shows that the console is waiting for the server</source>
        <translation>Zeigt, dass die Konsole auf den Server wartet</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Arbeite…</translation>
    </message>
</context>
<context>
    <name>CallStackModel</name>
    <message>
        <source>%1, line %2</source>
        <translation>%1, Zeile %2</translation>
    </message>
    <message>
        <source>%1 in %2, line %3</source>
        <translation>%1 in %2, Zeile %3</translation>
    </message>
    <message>
        <source>Function %1, line %2</source>
        <translation>Funktion %1, Zeile %2</translation>
    </message>
</context>
<context>
    <name>CaseForm</name>
    <message>
        <source>Expected &amp;value:</source>
        <translation>Erwarteter &amp;Wert:</translation>
    </message>
    <message>
        <source>Error &amp;pattern:</source>
        <translation>Fehler&amp;muster:</translation>
    </message>
    <message>
        <source>Run Case</source>
        <translation>Testfall</translation>
    </message>
    <message>
        <source>Case name</source>
        <translation>Name des Testfalls</translation>
    </message>
    <message>
        <source>What the case checks, e.g. “adds two numbers”</source>
        <translation>Was der Fall prüft, z. B. „addiert zwei Zahlen“</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Arguments, a JSON array</source>
        <translation>Argumente, ein JSON-Array</translation>
    </message>
    <message>
        <source>Run as</source>
        <translation>Ausführen als</translation>
    </message>
    <message>
        <source>Expectation</source>
        <translation>Erwartung</translation>
    </message>
    <message>
        <source>Expected value, JSON</source>
        <translation>Erwarteter Wert, JSON</translation>
    </message>
    <message>
        <source>Equals: the result is this value. Contains: every key of an object is in the result with a matching value, and an array&apos;s elements appear in the result&apos;s array in this order (others may come between).</source>
        <translation>Ist gleich: Das Ergebnis ist dieser Wert. Enthält: Jeder Schlüssel eines Objekts steht mit passendem Wert im Ergebnis, und die Elemente eines Arrays stehen in dieser Reihenfolge im Array des Ergebnisses (andere dürfen dazwischen stehen).</translation>
    </message>
    <message>
        <source>Error pattern, a regular expression</source>
        <translation>Fehlermuster, ein regulärer Ausdruck</translation>
    </message>
    <message>
        <source>A regular expression the error message must match</source>
        <translation>Ein regulärer Ausdruck, zu dem die Fehlermeldung passen muss</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Function:</source>
        <translation>&amp;Funktion:</translation>
    </message>
    <message>
        <source>&amp;Arguments:</source>
        <translation>&amp;Argumente:</translation>
    </message>
    <message>
        <source>&amp;Run as:</source>
        <translation>Ausfüh&amp;ren als:</translation>
    </message>
    <message>
        <source>E&amp;xpect:</source>
        <translation>Er&amp;warten:</translation>
    </message>
    <message>
        <source>%1 (column %2)</source>
        <translation>%1 (Spalte %2)</translation>
    </message>
    <message>
        <source>Give the case a name.</source>
        <translation>Geben Sie dem Fall einen Namen.</translation>
    </message>
    <message>
        <source>Pick the function the case runs.</source>
        <translation>Wählen Sie die Funktion, die der Fall ausführt.</translation>
    </message>
    <message>
        <source>“%1” already has a case named “%2”.</source>
        <translation>„%1“ hat schon einen Fall namens „%2“.</translation>
    </message>
    <message>
        <source>Arguments: %1</source>
        <translation>Argumente: %1</translation>
    </message>
    <message>
        <source>Expected value: %1</source>
        <translation>Erwarteter Wert: %1</translation>
    </message>
    <message>
        <source>Enter the pattern the error message must match (.* for any).</source>
        <translation>Geben Sie das Muster ein, zu dem die Fehlermeldung passen muss (.* für jede).</translation>
    </message>
    <message>
        <source>Error pattern, at character %1: %2</source>
        <translation>Fehlermuster, bei Zeichen %1: %2</translation>
    </message>
</context>
<context>
    <name>CaseResultsModel</name>
    <message numerus="yes">
        <source>%n case(s): </source>
        <translation>
            <numerusform>%n Fall: </numerusform>
            <numerusform>%n Fälle: </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 passed, %2 failed</source>
        <translation>%1 bestanden, %2 fehlgeschlagen</translation>
    </message>
    <message>
        <source>, %1 not run</source>
        <translation>, %1 nicht ausgeführt</translation>
    </message>
    <message>
        <source>%1 of %2 passed</source>
        <translation>%1 von %2 bestanden</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Function / case</source>
        <translation>Funktion / Fall</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>CasesPane</name>
    <message>
        <source>The cases could not be saved: %1</source>
        <translation>Die Testfälle konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Cases of function</source>
        <translation>Testfälle der Funktion</translation>
    </message>
    <message>
        <source>&amp;Cases of:</source>
        <translation>&amp;Testfälle von:</translation>
    </message>
    <message>
        <source>&amp;New Case…</source>
        <translation>&amp;Neuer Fall…</translation>
    </message>
    <message>
        <source>Add a case: arguments, who runs it, and what it should give</source>
        <translation>Einen Fall hinzufügen: Argumente, wer ihn ausführt und was er ergeben soll</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the selected case</source>
        <translation>Den ausgewählten Fall bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Delete the selected cases</source>
        <translation>Die ausgewählten Fälle löschen</translation>
    </message>
    <message>
        <source>Run &amp;Selected</source>
        <translation>&amp;Ausgewählte ausführen</translation>
    </message>
    <message>
        <source>Run the selected cases</source>
        <translation>Die ausgewählten Fälle ausführen</translation>
    </message>
    <message>
        <source>&amp;Run These Cases</source>
        <translation>Diese Fälle aus&amp;führen</translation>
    </message>
    <message>
        <source>Run every case listed</source>
        <translation>Jeden aufgeführten Fall ausführen</translation>
    </message>
    <message>
        <source>Run &amp;All Cases</source>
        <translation>A&amp;lle Fälle ausführen</translation>
    </message>
    <message>
        <source>Run every case of every function of the app</source>
        <translation>Jeden Fall jeder Funktion der App ausführen</translation>
    </message>
    <message>
        <source>Cance&amp;l Run</source>
        <translation>Lauf abbre&amp;chen</translation>
    </message>
    <message>
        <source>Stop the runs still waiting</source>
        <translation>Die noch wartenden Läufe anhalten</translation>
    </message>
    <message>
        <source>Run cases</source>
        <translation>Testfälle</translation>
    </message>
    <message>
        <source>Cases run so far</source>
        <translation>Bisher ausgeführte Fälle</translation>
    </message>
    <message>
        <source>Results of the run, by function</source>
        <translation>Ergebnisse des Laufs, nach Funktion</translation>
    </message>
    <message>
        <source>Expected and actual result</source>
        <translation>Erwartetes und tatsächliches Ergebnis</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Tatsächlich</translation>
    </message>
    <message>
        <source>Select a case of the run to compare what it expected with what it got.</source>
        <translation>Wählen Sie einen Fall des Laufs, um Erwartetes und Erhaltenes zu vergleichen.</translation>
    </message>
    <message>
        <source>All functions</source>
        <translation>Alle Funktionen</translation>
    </message>
    <message>
        <source>New Run Case</source>
        <translation>Neuer Testfall</translation>
    </message>
    <message>
        <source>Edit Run Case</source>
        <translation>Testfall bearbeiten</translation>
    </message>
    <message>
        <source>Delete Run Cases</source>
        <translation>Testfälle löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n run case(s)? %1</source>
        <translation>
            <numerusform>%n Testfall löschen? %1</numerusform>
            <numerusform>%n Testfälle löschen? %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Run Cases of %1</source>
        <translation>Fälle von %1 aus&amp;führen</translation>
    </message>
    <message>
        <source>Passed: the run gave what the case expects (%1).</source>
        <translation>Bestanden: Der Lauf ergab, was der Fall erwartet (%1).</translation>
    </message>
</context>
<context>
    <name>CommandPalette</name>
    <message>
        <source>Command Palette</source>
        <translation>Befehlspalette</translation>
    </message>
    <message>
        <source>Type a panel, a command, an app or a function…</source>
        <translation>Panel, Befehl, App oder Funktion eingeben…</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Matching commands</source>
        <translation>Passende Befehle</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>Gehe zu %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1    %2</source>
        <translation>%1    %2</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Kein Treffer</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>This profile is tagged production. Type &lt;b&gt;%1&lt;/b&gt; to confirm.</source>
        <translation>Dieses Profil ist als Produktion markiert. Geben Sie zur Bestätigung &lt;b&gt;%1&lt;/b&gt; ein.</translation>
    </message>
    <message>
        <source>Name to confirm</source>
        <translation>Zu bestätigender Name</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>CreateAppDialog</name>
    <message>
        <source>Create App</source>
        <translation>App erstellen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>my-app</source>
        <translation>meine-app</translation>
    </message>
    <message>
        <source>App name</source>
        <translation>App-Name</translation>
    </message>
    <message>
        <source>Name check</source>
        <translation>Namensprüfung</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Standort:</translation>
    </message>
    <message>
        <source>Deployment region</source>
        <translation>Bereitstellungsregion</translation>
    </message>
    <message>
        <source>&amp;Deployment model:</source>
        <translation>&amp;Bereitstellungsmodell:</translation>
    </message>
    <message>
        <source>Deployment model</source>
        <translation>Bereitstellungsmodell</translation>
    </message>
    <message>
        <source>Virginia, USA</source>
        <translation>Virginia, USA</translation>
    </message>
    <message>
        <source>Oregon, USA</source>
        <translation>Oregon, USA</translation>
    </message>
    <message>
        <source>Ohio, USA</source>
        <translation>Ohio, USA</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>Irland</translation>
    </message>
    <message>
        <source>Frankfurt, Germany</source>
        <translation>Frankfurt, Deutschland</translation>
    </message>
    <message>
        <source>London, UK</source>
        <translation>London, Vereinigtes Königreich</translation>
    </message>
    <message>
        <source>Sydney, Australia</source>
        <translation>Sydney, Australien</translation>
    </message>
    <message>
        <source>Mumbai, India</source>
        <translation>Mumbai, Indien</translation>
    </message>
    <message>
        <source>Singapore</source>
        <translation>Singapur</translation>
    </message>
    <message>
        <source>Global</source>
        <translation>Global</translation>
    </message>
    <message>
        <source>Local (single region)</source>
        <translation>Lokal (eine Region)</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Enter a name for the app.</source>
        <translation>Geben Sie einen Namen für die App ein.</translation>
    </message>
</context>
<context>
    <name>DataView</name>
    <message>
        <source>Collection</source>
        <translation>Sammlung</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Databases and collections</source>
        <translation>Datenbanken und Sammlungen</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <source>Read the databases and collections again</source>
        <translation>Datenbanken und Sammlungen erneut lesen</translation>
    </message>
    <message>
        <source>Filter, e.g. {&quot;status&quot;: &quot;open&quot;}</source>
        <translation>Filter, z. B. {&quot;status&quot;: &quot;open&quot;}</translation>
    </message>
    <message>
        <source>Filter (Extended JSON)</source>
        <translation>Filter (Extended JSON)</translation>
    </message>
    <message>
        <source>Sort, e.g. {&quot;_id&quot;: -1}</source>
        <translation>Sortierung, z. B. {&quot;_id&quot;: -1}</translation>
    </message>
    <message>
        <source>Sort (Extended JSON)</source>
        <translation>Sortierung (Extended JSON)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&amp;Insert…</source>
        <translation>&amp;Einfügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Ändern…</translation>
    </message>
    <message>
        <source>Dele&amp;te…</source>
        <translation>Lösc&amp;hen…</translation>
    </message>
    <message>
        <source>I&amp;mport…</source>
        <translation>I&amp;mportieren…</translation>
    </message>
    <message>
        <source>Import a JSON array or JSON lines file of Extended JSON documents</source>
        <translation>Ein JSON-Array oder eine JSON-Lines-Datei mit Extended-JSON-Dokumenten importieren</translation>
    </message>
    <message>
        <source>Documents per page</source>
        <translation>Dokumente pro Seite</translation>
    </message>
    <message>
        <source>%1 per page</source>
        <translation>%1 pro Seite</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>Ne&amp;xt</source>
        <translation>Wei&amp;ter</translation>
    </message>
    <message>
        <source>Select a MongoDB service to see its data.</source>
        <translation>Wählen Sie einen MongoDB-Dienst, um seine Daten zu sehen.</translation>
    </message>
    <message>
        <source>Only MongoDB services (mongodb-atlas, mongodb) hold data to show here.</source>
        <translation>Nur MongoDB-Dienste (mongodb-atlas, mongodb) haben Daten, die hier gezeigt werden können.</translation>
    </message>
    <message>
        <source>The filter is not JSON: %1 at character %2.</source>
        <translation>Der Filter ist kein JSON: %1 bei Zeichen %2.</translation>
    </message>
    <message>
        <source>The sort is not JSON: %1 at character %2.</source>
        <translation>Die Sortierung ist kein JSON: %1 bei Zeichen %2.</translation>
    </message>
    <message>
        <source>The filter must be a JSON object, such as {&quot;status&quot;: &quot;open&quot;}.</source>
        <translation>Der Filter muss ein JSON-Objekt sein, etwa {&quot;status&quot;: &quot;open&quot;}.</translation>
    </message>
    <message>
        <source>The sort must be a JSON object, such as {&quot;_id&quot;: -1}.</source>
        <translation>Die Sortierung muss ein JSON-Objekt sein, etwa {&quot;_id&quot;: -1}.</translation>
    </message>
    <message>
        <source>No documents</source>
        <translation>Keine Dokumente</translation>
    </message>
    <message>
        <source>%1–%2 of %3</source>
        <translation>%1–%2 von %3</translation>
    </message>
    <message>
        <source>Document (Extended JSON)</source>
        <translation>Dokument (Extended JSON)</translation>
    </message>
    <message>
        <source>A document is a JSON object.</source>
        <translation>Ein Dokument ist ein JSON-Objekt.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more line(s)</source>
        <translation>
            <numerusform>… und %n weitere Zeile</numerusform>
            <numerusform>… und %n weitere Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>Insert Document</source>
        <translation>Dokument einfügen</translation>
    </message>
    <message>
        <source>A new document for %1.%2, in Extended JSON. Without an _id, the server gives it an ObjectId.</source>
        <translation>Ein neues Dokument für %1.%2, in Extended JSON. Ohne _id gibt der Server ihm eine ObjectId.</translation>
    </message>
    <message>
        <source>Edit Document</source>
        <translation>Dokument bearbeiten</translation>
    </message>
    <message>
        <source>The document replaces the one with _id %1; its _id cannot change.</source>
        <translation>Das Dokument ersetzt das mit der _id %1; seine _id kann sich nicht ändern.</translation>
    </message>
    <message>
        <source>The _id of a document cannot change: insert a copy instead.</source>
        <translation>Die _id eines Dokuments kann sich nicht ändern: Fügen Sie stattdessen eine Kopie ein.</translation>
    </message>
    <message>
        <source>Delete Document</source>
        <translation>Dokument löschen</translation>
    </message>
    <message>
        <source>Delete Documents</source>
        <translation>Dokumente löschen</translation>
    </message>
    <message>
        <source>Delete the document with _id %1 from %2.%3?</source>
        <translation>Das Dokument mit der _id %1 aus %2.%3 löschen?</translation>
    </message>
    <message>
        <source>Delete these %1 documents from %2.%3?

%4</source>
        <translation>Diese %1 Dokumente aus %2.%3 löschen?

%4</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>delete %1 documents</source>
        <translation>%1 Dokumente löschen</translation>
    </message>
    <message numerus="yes">
        <source>Inserted %n document(s).</source>
        <translation>
            <numerusform>%n Dokument eingefügt.</numerusform>
            <numerusform>%n Dokumente eingefügt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved the document with _id %1.</source>
        <translation>Das Dokument mit der _id %1 wurde gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n document(s).</source>
        <translation>
            <numerusform>%n Dokument gelöscht.</numerusform>
            <numerusform>%n Dokumente gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Documents</source>
        <translation>Dokumente importieren</translation>
    </message>
    <message>
        <source>Skip lines that are not documents</source>
        <translation>Zeilen überspringen, die keine Dokumente sind</translation>
    </message>
    <message>
        <source>Otherwise a bad line stops the import and nothing is imported</source>
        <translation>Sonst hält eine fehlerhafte Zeile den Import an, und nichts wird importiert</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>&amp;Collection:</source>
        <translation>&amp;Sammlung:</translation>
    </message>
    <message>
        <source>Choose &amp;File…</source>
        <translation>&amp;Datei wählen…</translation>
    </message>
    <message>
        <source>JSON or JSON lines (*.json *.jsonl *.ndjson);;All files (*)</source>
        <translation>JSON oder JSON Lines (*.json *.jsonl *.ndjson);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n document(s) into %1.%2.</source>
        <translation>
            <numerusform>%n Dokument in %1.%2 importiert.</numerusform>
            <numerusform>%n Dokumente in %1.%2 importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %1 documents into %2.%3; skipped %n line(s) that are not documents.</source>
        <translation>
            <numerusform>%1 Dokumente in %2.%3 importiert; %n Zeile übersprungen, die kein Dokument ist.</numerusform>
            <numerusform>%1 Dokumente in %2.%3 importiert; %n Zeilen übersprungen, die keine Dokumente sind.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported from %1: %n line(s) are not documents.</source>
        <translation>
            <numerusform>Aus %1 wurde nichts importiert: %n Zeile ist kein Dokument.</numerusform>
            <numerusform>Aus %1 wurde nichts importiert: %n Zeilen sind keine Dokumente.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import the Rest, &amp;Skipping Them</source>
        <translation>Den Rest importieren, diese &amp;überspringen</translation>
    </message>
</context>
<context>
    <name>DebugHover</name>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
</context>
<context>
    <name>DebugPane</name>
    <message>
        <source>Co&amp;ntinue</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Run on to the next breakpoint</source>
        <translation>Bis zum nächsten Haltepunkt weiterlaufen</translation>
    </message>
    <message>
        <source>Step &amp;Over</source>
        <translation>Ü&amp;berspringen</translation>
    </message>
    <message>
        <source>Run the current line</source>
        <translation>Die aktuelle Zeile ausführen</translation>
    </message>
    <message>
        <source>Step &amp;Into</source>
        <translation>&amp;Hineinspringen</translation>
    </message>
    <message>
        <source>Step into the function called on this line</source>
        <translation>In die Funktion springen, die diese Zeile aufruft</translation>
    </message>
    <message>
        <source>Step O&amp;ut</source>
        <translation>He&amp;rausspringen</translation>
    </message>
    <message>
        <source>Run to the end of this function</source>
        <translation>Bis zum Ende dieser Funktion ausführen</translation>
    </message>
    <message>
        <source>Sto&amp;p</source>
        <translation>&amp;Stoppen</translation>
    </message>
    <message>
        <source>End the debug run</source>
        <translation>Den Debug-Lauf beenden</translation>
    </message>
    <message>
        <source>Pause on e&amp;xceptions</source>
        <translation>Bei &amp;Ausnahmen anhalten</translation>
    </message>
    <message>
        <source>Debugger status</source>
        <translation>Debugger-Status</translation>
    </message>
    <message>
        <source>&amp;Restart</source>
        <translation>Neu s&amp;tarten</translation>
    </message>
    <message>
        <source>Debugger</source>
        <translation>Debugger</translation>
    </message>
    <message>
        <source>Stop where an exception is thrown, caught or not</source>
        <translation>Anhalten, wo eine Ausnahme geworfen wird, ob abgefangen oder nicht</translation>
    </message>
    <message>
        <source>Call stack</source>
        <translation>Aufrufstapel</translation>
    </message>
    <message>
        <source>Variables</source>
        <translation>Variablen</translation>
    </message>
    <message>
        <source>Watches</source>
        <translation>Überwachte Ausdrücke</translation>
    </message>
    <message>
        <source>Expression</source>
        <translation>Ausdruck</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Delete removes the selected watch</source>
        <translation>Entf entfernt den ausgewählten Ausdruck</translation>
    </message>
    <message>
        <source>New watch expression</source>
        <translation>Neuer überwachter Ausdruck</translation>
    </message>
    <message>
        <source>Add a watch expression…</source>
        <translation>Ausdruck zum Überwachen hinzufügen…</translation>
    </message>
    <message>
        <source>Expression to evaluate</source>
        <translation>Auszuwertender Ausdruck</translation>
    </message>
    <message>
        <source>Evaluate in the selected frame, then Enter</source>
        <translation>Im ausgewählten Frame auswerten, dann Eingabetaste</translation>
    </message>
    <message>
        <source>Evaluation results</source>
        <translation>Ergebnisse der Auswertung</translation>
    </message>
    <message>
        <source>Call stac&amp;k:</source>
        <translation>Aufruf&amp;stapel:</translation>
    </message>
    <message>
        <source>&amp;Variables:</source>
        <translation>&amp;Variablen:</translation>
    </message>
    <message>
        <source>Watch&amp;es:</source>
        <translation>Über&amp;wacht:</translation>
    </message>
    <message>
        <source>Evalua&amp;te:</source>
        <translation>Aus&amp;werten:</translation>
    </message>
    <message>
        <source>The source has changed: the paused run still executes the text as it was when Debug started.</source>
        <translation>Der Quelltext wurde geändert: Der angehaltene Lauf führt weiter den Text aus, wie er beim Start des Debuggens war.</translation>
    </message>
    <message>
        <source>Restart the debug run with the edited source</source>
        <translation>Den Debug-Lauf mit dem geänderten Quelltext neu starten</translation>
    </message>
    <message>
        <source>Starting the debug run…</source>
        <translation>Der Debug-Lauf startet…</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Läuft…</translation>
    </message>
    <message>
        <source>Paused in %1 at line %2</source>
        <translation>Angehalten in %1 in Zeile %2</translation>
    </message>
    <message>
        <source>&lt;%1&gt;</source>
        <translation>&lt;%1&gt;</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
</context>
<context>
    <name>DebuggerClient</name>
    <message>
        <source>The debugger connection closed.</source>
        <translation>Die Verbindung zum Debugger wurde geschlossen.</translation>
    </message>
    <message>
        <source>The debug session has ended.</source>
        <translation>Die Debug-Sitzung ist beendet.</translation>
    </message>
    <message numerus="yes">
        <source>The expression did not finish within %n ms.</source>
        <translation>
            <numerusform>Der Ausdruck wurde nicht innerhalb von %n ms fertig.</numerusform>
            <numerusform>Der Ausdruck wurde nicht innerhalb von %n ms fertig.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DependenciesPane</name>
    <message>
        <source>Packages your functions load with require(&apos;name&apos;): upload a .zip, .tar or .tar.gz of a node_modules folder. A new upload replaces them all.</source>
        <translation>Pakete, die Ihre Funktionen mit require(&apos;name&apos;) laden: Laden Sie ein .zip-, .tar- oder .tar.gz-Archiv eines node_modules-Ordners hoch. Ein neues Hochladen ersetzt sie alle.</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Pakete</translation>
    </message>
    <message>
        <source>&amp;Upload Archive…</source>
        <translation>Archiv &amp;hochladen…</translation>
    </message>
    <message>
        <source>Upload a node_modules archive (.zip, .tar, .tar.gz, .tgz)</source>
        <translation>Ein node_modules-Archiv hochladen (.zip, .tar, .tar.gz, .tgz)</translation>
    </message>
    <message>
        <source>Refresh Packages</source>
        <translation>Pakete aktualisieren</translation>
    </message>
    <message>
        <source>Load the package list again</source>
        <translation>Die Paketliste neu laden</translation>
    </message>
    <message>
        <source>Upload progress</source>
        <translation>Fortschritt des Hochladens</translation>
    </message>
    <message>
        <source>Loading packages</source>
        <translation>Lade Pakete</translation>
    </message>
    <message>
        <source>Upload Dependencies</source>
        <translation>Abhängigkeiten hochladen</translation>
    </message>
    <message>
        <source>node_modules archives (*.zip *.tar *.tar.gz *.tgz)</source>
        <translation>node_modules-Archive (*.zip *.tar *.tar.gz *.tgz)</translation>
    </message>
    <message>
        <source>“%1” is not a .zip, .tar, .tar.gz or .tgz archive.</source>
        <translation>„%1“ ist kein .zip-, .tar-, .tar.gz- oder .tgz-Archiv.</translation>
    </message>
    <message>
        <source>Uploading %1…</source>
        <translation>Lade %1 hoch…</translation>
    </message>
    <message>
        <source>The upload was refused: %1</source>
        <translation>Das Hochladen wurde abgelehnt: %1</translation>
    </message>
    <message>
        <source>Uploaded. Unpacking on the server…</source>
        <translation>Hochgeladen. Der Server entpackt…</translation>
    </message>
    <message>
        <source>The archive could not be installed: %1</source>
        <translation>Das Archiv konnte nicht installiert werden: %1</translation>
    </message>
    <message>
        <source>The server is still unpacking the archive; Refresh Packages shows them once it is done.</source>
        <translation>Der Server entpackt das Archiv noch; „Pakete aktualisieren“ zeigt sie, sobald er fertig ist.</translation>
    </message>
    <message>
        <source>Installed. Loading the package list…</source>
        <translation>Installiert. Lade die Paketliste…</translation>
    </message>
    <message numerus="yes">
        <source>Installed %n package(s).</source>
        <translation>
            <numerusform>%n Paket installiert.</numerusform>
            <numerusform>%n Pakete installiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DependencyListModel</name>
    <message>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
</context>
<context>
    <name>DeployPanel</name>
    <message numerus="yes">
        <source>%n deployment(s)</source>
        <translation>
            <numerusform>%n Bereitstellung</numerusform>
            <numerusform>%n Bereitstellungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation>Bereitstellen</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>&amp;Start Draft</source>
        <translation>Entwurf &amp;starten</translation>
    </message>
    <message>
        <source>Start a draft: later edits collect in it until you deploy them</source>
        <translation>Einen Entwurf starten: Spätere Änderungen sammeln sich darin, bis Sie sie bereitstellen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Load the draft and the history again (F5)</source>
        <translation>Entwurf und Verlauf neu laden (F5)</translation>
    </message>
    <message>
        <source>Hosting file %1: %2. The draft&apos;s diff lists hosting files without their content.</source>
        <translation>Hosting-Datei %1: %2. Der Diff des Entwurfs listet Hosting-Dateien ohne ihren Inhalt.</translation>
    </message>
    <message>
        <source>Deployed</source>
        <translation>Bereitgestellt</translation>
    </message>
    <message>
        <source>What this deployment changes and why (kept with its history)</source>
        <translation>Was diese Bereitstellung ändert und warum (bleibt im Verlauf erhalten)</translation>
    </message>
    <message>
        <source>Deployment note</source>
        <translation>Notiz zur Bereitstellung</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>&amp;Deploy…</source>
        <translation>&amp;Bereitstellen…</translation>
    </message>
    <message>
        <source>Deploy every change of the draft to the app</source>
        <translation>Jede Änderung des Entwurfs in der App bereitstellen</translation>
    </message>
    <message>
        <source>D&amp;iscard Draft…</source>
        <translation>Entwurf &amp;verwerfen…</translation>
    </message>
    <message>
        <source>Throw away every change of the draft</source>
        <translation>Jede Änderung des Entwurfs verwerfen</translation>
    </message>
    <message>
        <source>Deployment status</source>
        <translation>Bereitstellungsstatus</translation>
    </message>
    <message>
        <source>Filter deployments</source>
        <translation>Bereitstellungen filtern</translation>
    </message>
    <message>
        <source>Deployments</source>
        <translation>Bereitstellungen</translation>
    </message>
    <message>
        <source>Deployment details</source>
        <translation>Details der Bereitstellung</translation>
    </message>
    <message>
        <source>No draft. Edits go straight to the app; start a draft to collect them and review them here before they go live.</source>
        <translation>Kein Entwurf. Änderungen gehen direkt an die App; starten Sie einen Entwurf, um sie zu sammeln und hier zu prüfen, bevor sie live gehen.</translation>
    </message>
    <message>
        <source>The draft has no changes yet.</source>
        <translation>Der Entwurf hat noch keine Änderungen.</translation>
    </message>
    <message>
        <source>No app selected.</source>
        <translation>Keine App ausgewählt.</translation>
    </message>
    <message>
        <source>Loading the draft…</source>
        <translation>Lade den Entwurf…</translation>
    </message>
    <message>
        <source>No draft: edits go straight to the app.</source>
        <translation>Kein Entwurf: Änderungen gehen direkt an die App.</translation>
    </message>
    <message>
        <source>The draft is empty: nothing to deploy.</source>
        <translation>Der Entwurf ist leer: nichts bereitzustellen.</translation>
    </message>
    <message numerus="yes">
        <source>Draft: %n change(s)</source>
        <translation>
            <numerusform>Entwurf: %n Änderung</numerusform>
            <numerusform>Entwurf: %n Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <source> — %1 configuration file(s), +%2 −%3 lines, %4 hosting file(s)</source>
        <translation> — %1 Konfigurationsdatei(en), +%2 −%3 Zeilen, %4 Hosting-Datei(en)</translation>
    </message>
    <message>
        <source>Started a draft.</source>
        <translation>Entwurf gestartet.</translation>
    </message>
    <message>
        <source>A Draft Exists</source>
        <translation>Ein Entwurf existiert bereits</translation>
    </message>
    <message>
        <source>You already have a draft of this app. Continue it, or discard its changes and start a new one?</source>
        <translation>Sie haben bereits einen Entwurf dieser App. Möchten Sie ihn fortsetzen oder seine Änderungen verwerfen und neu beginnen?</translation>
    </message>
    <message>
        <source>&amp;Continue the Draft</source>
        <translation>Entwurf &amp;fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Discard It and Start Again</source>
        <translation>&amp;Verwerfen und neu beginnen</translation>
    </message>
    <message>
        <source>Discarded the old draft.</source>
        <translation>Alten Entwurf verworfen.</translation>
    </message>
    <message>
        <source>The draft has no changes: there is nothing to deploy.</source>
        <translation>Der Entwurf hat keine Änderungen: Es gibt nichts bereitzustellen.</translation>
    </message>
    <message numerus="yes">
        <source>Deploy the draft to “%1”? It changes %n file(s):</source>
        <translation>
            <numerusform>Den Entwurf in „%1“ bereitstellen? Er ändert %n Datei:</numerusform>
            <numerusform>Den Entwurf in „%1“ bereitstellen? Er ändert %n Dateien:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• %n configuration file(s)</source>
        <translation>
            <numerusform>• %n Konfigurationsdatei</numerusform>
            <numerusform>• %n Konfigurationsdateien</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 line(s) added and %2 removed</source>
        <translation>, %1 Zeile(n) hinzugefügt und %2 entfernt</translation>
    </message>
    <message numerus="yes">
        <source>• %n hosting file(s)</source>
        <translation>
            <numerusform>• %n Hosting-Datei</numerusform>
            <numerusform>• %n Hosting-Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Notiz: %1</translation>
    </message>
    <message>
        <source>The changes go live for every user of the app.</source>
        <translation>Die Änderungen gehen für alle Benutzer der App live.</translation>
    </message>
    <message>
        <source>Deploy Draft</source>
        <translation>Entwurf bereitstellen</translation>
    </message>
    <message>
        <source>Deploying…</source>
        <translation>Stelle bereit…</translation>
    </message>
    <message>
        <source>The deployment was not made: %1</source>
        <translation>Die Bereitstellung wurde nicht durchgeführt: %1</translation>
    </message>
    <message>
        <source>Deployment %1 is %2…</source>
        <translation>Bereitstellung %1 ist %2…</translation>
    </message>
    <message>
        <source>Lost track of deployment %1: %2. It may still finish on the server; Refresh (F5) asks again.</source>
        <translation>Bereitstellung %1 nicht mehr verfolgbar: %2. Sie kann auf dem Server noch abgeschlossen werden; Aktualisieren (F5) fragt erneut.</translation>
    </message>
    <message>
        <source>Cannot reach the server to follow deployment %1 (%2); trying again…</source>
        <translation>Der Server ist nicht erreichbar, um Bereitstellung %1 zu verfolgen (%2); neuer Versuch…</translation>
    </message>
    <message>
        <source>the server gave no reason</source>
        <translation>der Server nannte keinen Grund</translation>
    </message>
    <message>
        <source>Deployment failed: %1. The draft is kept: fix it and deploy again.</source>
        <translation>Bereitstellung fehlgeschlagen: %1. Der Entwurf bleibt erhalten: Beheben Sie das Problem und stellen Sie erneut bereit.</translation>
    </message>
    <message>
        <source>Deployment failed: %1</source>
        <translation>Bereitstellung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Deployed (%1) at %2.</source>
        <translation>Bereitgestellt (%1) um %2.</translation>
    </message>
    <message>
        <source>Deployed the draft to “%1”.</source>
        <translation>Entwurf in „%1“ bereitgestellt.</translation>
    </message>
    <message>
        <source>Discard Draft</source>
        <translation>Entwurf verwerfen</translation>
    </message>
    <message numerus="yes">
        <source>Discard the draft of “%1” and its %n change(s)? This cannot be undone.</source>
        <translation>
            <numerusform>Den Entwurf von „%1“ und seine %n Änderung verwerfen? Das lässt sich nicht rückgängig machen.</numerusform>
            <numerusform>Den Entwurf von „%1“ und seine %n Änderungen verwerfen? Das lässt sich nicht rückgängig machen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Discarded the draft.</source>
        <translation>Entwurf verworfen.</translation>
    </message>
    <message>
        <source>Discarded the draft of “%1”.</source>
        <translation>Entwurf von „%1“ verworfen.</translation>
    </message>
    <message>
        <source>The draft no longer exists: it was deployed or discarded elsewhere. Your note is kept.</source>
        <translation>Der Entwurf existiert nicht mehr: Er wurde anderswo bereitgestellt oder verworfen. Ihre Notiz bleibt erhalten.</translation>
    </message>
    <message>
        <source>No deployments yet.</source>
        <translation>Noch keine Bereitstellungen.</translation>
    </message>
    <message>
        <source>Select a deployment to see its details.</source>
        <translation>Wählen Sie eine Bereitstellung, um ihre Details zu sehen.</translation>
    </message>
    <message>
        <source>Deployment: %1</source>
        <translation>Bereitstellung: %1</translation>
    </message>
    <message>
        <source>Time: %1</source>
        <translation>Zeit: %1</translation>
    </message>
    <message>
        <source>Who: %1</source>
        <translation>Wer: %1</translation>
    </message>
    <message>
        <source>Origin: %1</source>
        <translation>Herkunft: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Draft: %1</source>
        <translation>Entwurf: %1</translation>
    </message>
    <message>
        <source>Commit: %1</source>
        <translation>Commit: %1</translation>
    </message>
    <message>
        <source>Diff: %1</source>
        <translation>Diff: %1</translation>
    </message>
    <message>
        <source>Run cases</source>
        <translation>Testfälle</translation>
    </message>
    <message>
        <source>Run All &amp;Cases</source>
        <translation>Alle &amp;Testfälle ausführen</translation>
    </message>
    <message>
        <source>Run every run case of the app&apos;s functions before deploying</source>
        <translation>Vor dem Bereitstellen jeden Testfall der Funktionen der App ausführen</translation>
    </message>
    <message>
        <source>Failing run cases</source>
        <translation>Fehlschlagende Testfälle</translation>
    </message>
    <message>
        <source>Running run cases: %1 of %2…</source>
        <translation>Testfälle laufen: %1 von %2…</translation>
    </message>
    <message>
        <source>The app has no run cases (add them from Functions › Cases…).</source>
        <translation>Die App hat keine Testfälle (hinzufügen unter Funktionen › Testfälle…).</translation>
    </message>
    <message numerus="yes">
        <source>%n run case(s); Deploy runs them first and refuses while any fails (a setting of this profile).</source>
        <translation>
            <numerusform>%n Testfall; Bereitstellen führt ihn zuerst aus und verweigert, solange er fehlschlägt (eine Einstellung dieses Profils).</numerusform>
            <numerusform>%n Testfälle; Bereitstellen führt sie zuerst aus und verweigert, solange einer fehlschlägt (eine Einstellung dieses Profils).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run case(s), not run yet.</source>
        <translation>
            <numerusform>%n Testfall, noch nicht ausgeführt.</numerusform>
            <numerusform>%n Testfälle, noch nicht ausgeführt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The run of the cases was stopped: %1</source>
        <translation>Der Lauf der Testfälle wurde angehalten: %1</translation>
    </message>
    <message>
        <source>%1. Deploying now puts failing code live.</source>
        <translation>%1. Wer jetzt bereitstellt, bringt fehlschlagenden Code in Betrieb.</translation>
    </message>
    <message>
        <source>The run cases are still running: deploy when they are done.</source>
        <translation>Die Testfälle laufen noch: Stellen Sie bereit, wenn sie fertig sind.</translation>
    </message>
    <message>
        <source>Running the app&apos;s run cases before deploying…</source>
        <translation>Die Testfälle der App laufen vor dem Bereitstellen…</translation>
    </message>
    <message numerus="yes">
        <source>The app&apos;s %n run case(s) have not been run (Run All Cases).</source>
        <translation>
            <numerusform>Der %n Testfall der App wurde nicht ausgeführt (Alle Testfälle ausführen).</numerusform>
            <numerusform>Die %n Testfälle der App wurden nicht ausgeführt (Alle Testfälle ausführen).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deploy refused: %n run case(s) fail, and this profile blocks deploys while cases fail.</source>
        <translation>
            <numerusform>Bereitstellen verweigert: %n Testfall schlägt fehl, und dieses Profil sperrt das Bereitstellen, solange Testfälle fehlschlagen.</numerusform>
            <numerusform>Bereitstellen verweigert: %n Testfälle schlagen fehl, und dieses Profil sperrt das Bereitstellen, solange Testfälle fehlschlagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Warning: %n run case(s) fail.</source>
        <translation>
            <numerusform>Warnung: %n Testfall schlägt fehl.</numerusform>
            <numerusform>Warnung: %n Testfälle schlagen fehl.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiffView</name>
    <message>
        <source>Your version</source>
        <translation>Ihre Version</translation>
    </message>
    <message>
        <source>Server version</source>
        <translation>Version des Servers</translation>
    </message>
    <message numerus="yes">
        <source>⋯ %n unchanged line(s)</source>
        <translation>
            <numerusform>⋯ %n unveränderte Zeile</numerusform>
            <numerusform>⋯ %n unveränderte Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>Old version</source>
        <translation>Alte Version</translation>
    </message>
    <message>
        <source>New version</source>
        <translation>Neue Version</translation>
    </message>
    <message>
        <source>Unified diff</source>
        <translation>Einheitlicher Diff</translation>
    </message>
</context>
<context>
    <name>DocListModel</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>aktiviert</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <source>Responds</source>
        <translation>Antwortet</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
</context>
<context>
    <name>DocListPane</name>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Filter %1</source>
        <translation>%1 filtern</translation>
    </message>
    <message>
        <source>Loading %1</source>
        <translation>Lade %1</translation>
    </message>
</context>
<context>
    <name>DocumentListModel</name>
    <message>
        <source>(no _id)</source>
        <translation>(keine _id)</translation>
    </message>
    <message>
        <source>_id / Field</source>
        <translation>_id / Feld</translation>
    </message>
</context>
<context>
    <name>DraftBanner</name>
    <message>
        <source>A draft is open (%1): edits made here go into the draft and reach the app only when it is deployed from Deploy.</source>
        <translation>Ein Entwurf ist offen (%1): Änderungen hier gehen in den Entwurf und erreichen die App erst, wenn er unter „Bereitstellen“ bereitgestellt wird.</translation>
    </message>
</context>
<context>
    <name>DraftFileModel</name>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>modified</source>
        <translation>geändert</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) added</source>
        <translation>
            <numerusform>%n Zeile hinzugefügt</numerusform>
            <numerusform>%n Zeilen hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) removed</source>
        <translation>
            <numerusform>%n Zeile entfernt</numerusform>
            <numerusform>%n Zeilen entfernt</numerusform>
        </translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
</context>
<context>
    <name>DraftIndicator</name>
    <message>
        <source>Review &amp;&amp; Deploy</source>
        <translation>Prüfen &amp;&amp; Bereitstellen</translation>
    </message>
    <message>
        <source>Review the draft&apos;s changes and deploy them</source>
        <translation>Die Änderungen des Entwurfs prüfen und bereitstellen</translation>
    </message>
    <message>
        <source>Draft: 10,000 changes</source>
        <translation>Entwurf: 10.000 Änderungen</translation>
    </message>
</context>
<context>
    <name>DraftState</name>
    <message>
        <source>Draft: …</source>
        <translation>Entwurf: …</translation>
    </message>
    <message>
        <source>No draft</source>
        <translation>Kein Entwurf</translation>
    </message>
    <message>
        <source>Draft open</source>
        <translation>Entwurf offen</translation>
    </message>
    <message numerus="yes">
        <source>Draft: %n change(s)</source>
        <translation>
            <numerusform>Entwurf: %n Änderung</numerusform>
            <numerusform>Entwurf: %n Änderungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>Fehlermeldung</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Details…</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Fehlerdetails</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Dismiss error</source>
        <translation>Fehler schließen</translation>
    </message>
    <message>
        <source>Error Details</source>
        <translation>Fehlerdetails</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
</context>
<context>
    <name>FindReplaceBar</name>
    <message>
        <source>Match case</source>
        <translation>Groß-/Kleinschreibung</translation>
    </message>
    <message>
        <source>Whole word</source>
        <translation>Ganzes Wort</translation>
    </message>
    <message>
        <source>Regex</source>
        <translation>Regulärer Ausdruck</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Ersetzen durch</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Find previous (Shift+F3)</source>
        <translation>Vorheriges suchen (Umschalt+F3)</translation>
    </message>
    <message>
        <source>Find next (F3)</source>
        <translation>Nächstes suchen (F3)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Replace all</source>
        <translation>Alle ersetzen</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n ersetzt</numerusform>
            <numerusform>%n ersetzt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FunctionDebugger</name>
    <message>
        <source>This server has no debugger.</source>
        <translation>Dieser Server hat keinen Debugger.</translation>
    </message>
    <message>
        <source>Not paused: evaluations run in a paused frame.</source>
        <translation>Nicht angehalten: Ausdrücke werden in einem angehaltenen Frame ausgewertet.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Gestoppt.</translation>
    </message>
    <message>
        <source>The debug session ended.</source>
        <translation>Die Debug-Sitzung ist beendet.</translation>
    </message>
</context>
<context>
    <name>FunctionEditorTab</name>
    <message>
        <source>Can evaluate must be a JSON object.</source>
        <translation>Die Ausführungsbedingung muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>&amp;Private</source>
        <translation>&amp;Privat</translation>
    </message>
    <message>
        <source>Function %1</source>
        <translation>Funktion %1</translation>
    </message>
    <message>
        <source>Source of %1</source>
        <translation>Quelltext von %1</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privat</translation>
    </message>
    <message>
        <source>Hidden from client applications; other functions, webhooks and triggers can still call it</source>
        <translation>Für Client-Anwendungen verborgen; andere Funktionen, Webhooks und Trigger können sie weiterhin aufrufen</translation>
    </message>
    <message>
        <source>Can evaluate (JSON expression)</source>
        <translation>Ausführungsbedingung (JSON-Ausdruck)</translation>
    </message>
    <message>
        <source>A JSON expression that must evaluate to true for the function to run in response to a request; empty means always</source>
        <translation>Ein JSON-Ausdruck, der „true“ ergeben muss, damit die Funktion auf eine Anfrage hin läuft; leer bedeutet immer</translation>
    </message>
    <message>
        <source>Can evaluate validity</source>
        <translation>Gültigkeit der Ausführungsbedingung</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Can evaluate:</source>
        <translation>A&amp;usführungsbedingung:</translation>
    </message>
    <message>
        <source>“%1” was deleted on the server. Your buffer is kept; saving creates the function again.</source>
        <translation>„%1“ wurde auf dem Server gelöscht. Ihr Puffer bleibt erhalten; Speichern legt die Funktion neu an.</translation>
    </message>
    <message>
        <source>Can evaluate is not usable: %1</source>
        <translation>Die Ausführungsbedingung ist nicht verwendbar: %1</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the function (%1)</source>
        <translation>Die Funktion speichern (%1)</translation>
    </message>
    <message>
        <source>Syntax check</source>
        <translation>Syntaxprüfung</translation>
    </message>
    <message>
        <source>Syntax check off</source>
        <translation>Syntaxprüfung aus</translation>
    </message>
    <message>
        <source>The syntax check while typing is off: %1. It needs Node.js and the node-acorn package.</source>
        <translation>Die Syntaxprüfung beim Tippen ist aus: %1. Sie braucht Node.js und das Paket node-acorn.</translation>
    </message>
    <message>
        <source>Checked as you type; the first syntax error is shown here</source>
        <translation>Beim Tippen geprüft; der erste Syntaxfehler steht hier</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Syntax Error</source>
        <translation>Syntaxfehler</translation>
    </message>
    <message>
        <source>“%1” has a syntax error on line %2:
%3

Save anyway?</source>
        <translation>„%1“ hat einen Syntaxfehler in Zeile %2:
%3

Trotzdem speichern?</translation>
    </message>
    <message>
        <source>&amp;Save Anyway</source>
        <translation>&amp;Trotzdem speichern</translation>
    </message>
    <message>
        <source>&amp;Debug</source>
        <translation>&amp;Debuggen</translation>
    </message>
    <message>
        <source>Debug the buffer</source>
        <translation>Den Puffer debuggen</translation>
    </message>
    <message>
        <source>This server cannot debug functions: it has no debugger route (only stitch-local has one).</source>
        <translation>Dieser Server kann keine Funktionen debuggen: Er hat keine Debugger-Route (nur stitch-local hat eine).</translation>
    </message>
    <message>
        <source>Run the editor&apos;s text in the debugger, stopping at breakpoints (Ctrl+F5; F9 sets a breakpoint)</source>
        <translation>Den Text des Editors im Debugger ausführen und an Haltepunkten anhalten (Strg+F5; F9 setzt einen Haltepunkt)</translation>
    </message>
    <message>
        <source>Co&amp;ntinue</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
</context>
<context>
    <name>FunctionListModel</name>
    <message>
        <source>Hidden from client applications</source>
        <translation>Für Client-Anwendungen verborgen</translation>
    </message>
    <message>
        <source>Callable from client applications</source>
        <translation>Von Client-Anwendungen aufrufbar</translation>
    </message>
    <message>
        <source>private</source>
        <translation>privat</translation>
    </message>
    <message>
        <source>public</source>
        <translation>öffentlich</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privat</translation>
    </message>
</context>
<context>
    <name>FunctionsPanel</name>
    <message>
        <source>Functions</source>
        <translation>Funktionen</translation>
    </message>
    <message>
        <source>Filter functions (Ctrl+F)</source>
        <translation>Funktionen filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Filter functions</source>
        <translation>Funktionen filtern</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Reload the list of functions (F5)</source>
        <translation>Liste der Funktionen neu laden (F5)</translation>
    </message>
    <message>
        <source>Refresh functions</source>
        <translation>Funktionen aktualisieren</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>Create a new function (Ctrl+N)</source>
        <translation>Neue Funktion anlegen (Strg+N)</translation>
    </message>
    <message>
        <source>New function</source>
        <translation>Neue Funktion</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>Rename the selected function</source>
        <translation>Die ausgewählte Funktion umbenennen</translation>
    </message>
    <message>
        <source>Rename function</source>
        <translation>Funktion umbenennen</translation>
    </message>
    <message>
        <source>D&amp;uplicate…</source>
        <translation>&amp;Duplizieren…</translation>
    </message>
    <message>
        <source>Create a copy of the selected function</source>
        <translation>Eine Kopie der ausgewählten Funktion anlegen</translation>
    </message>
    <message>
        <source>Duplicate function</source>
        <translation>Funktion duplizieren</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Delete the selected function</source>
        <translation>Die ausgewählte Funktion löschen</translation>
    </message>
    <message>
        <source>Delete function</source>
        <translation>Funktion löschen</translation>
    </message>
    <message>
        <source>Recovered buffers</source>
        <translation>Wiederhergestellte Puffer</translation>
    </message>
    <message>
        <source>Re&amp;view…</source>
        <translation>&amp;Prüfen…</translation>
    </message>
    <message>
        <source>Compare each recovered buffer with the server&apos;s version and restore or discard it</source>
        <translation>Jeden wiederhergestellten Puffer mit der Version auf dem Server vergleichen und wiederherstellen oder verwerfen</translation>
    </message>
    <message>
        <source>Review recovered buffers</source>
        <translation>Wiederhergestellte Puffer prüfen</translation>
    </message>
    <message>
        <source>Functions of this app</source>
        <translation>Funktionen dieser App</translation>
    </message>
    <message>
        <source>Open a function from the list (Enter or double-click), or create one with New.</source>
        <translation>Öffnen Sie eine Funktion aus der Liste (Eingabetaste oder Doppelklick) oder legen Sie mit „Neu“ eine an.</translation>
    </message>
    <message>
        <source>No function open</source>
        <translation>Keine Funktion geöffnet</translation>
    </message>
    <message>
        <source>Open functions</source>
        <translation>Geöffnete Funktionen</translation>
    </message>
    <message>
        <source>Unsaved changes could not be backed up: %1</source>
        <translation>Ungespeicherte Änderungen konnten nicht gesichert werden: %1</translation>
    </message>
    <message>
        <source>New Function</source>
        <translation>Neue Funktion</translation>
    </message>
    <message>
        <source>Function &amp;name:</source>
        <translation>Funktions&amp;name:</translation>
    </message>
    <message>
        <source>Rename Function</source>
        <translation>Funktion umbenennen</translation>
    </message>
    <message>
        <source>New &amp;name for “%1”:</source>
        <translation>Neuer &amp;Name für „%1“:</translation>
    </message>
    <message>
        <source>Duplicate Function</source>
        <translation>Funktion duplizieren</translation>
    </message>
    <message>
        <source>&amp;Name of the copy of “%1”:</source>
        <translation>&amp;Name der Kopie von „%1“:</translation>
    </message>
    <message>
        <source>%1_copy</source>
        <translation>%1_kopie</translation>
    </message>
    <message>
        <source>Delete Function</source>
        <translation>Funktion löschen</translation>
    </message>
    <message>
        <source>Delete the function “%1”? Triggers, webhooks and other functions that call it will fail. This cannot be undone.</source>
        <translation>Die Funktion „%1“ löschen? Trigger, Webhooks und andere Funktionen, die sie aufrufen, schlagen dann fehl. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>%1 — unsaved changes</source>
        <translation>%1 – ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved on the server.</source>
        <translation>„%1“ hat Änderungen, die nicht auf dem Server gespeichert sind.</translation>
    </message>
    <message>
        <source>Save them before closing the tab?</source>
        <translation>Vor dem Schließen des Tabs speichern?</translation>
    </message>
    <message numerus="yes">
        <source>%n function buffer(s) with unsaved changes were recovered from an earlier session.</source>
        <translation>
            <numerusform>%n Funktionspuffer mit ungespeicherten Änderungen wurde aus einer früheren Sitzung wiederhergestellt.</numerusform>
            <numerusform>%n Funktionspuffer mit ungespeicherten Änderungen wurden aus einer früheren Sitzung wiederhergestellt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Function</source>
        <translation>Funktion speichern</translation>
    </message>
    <message>
        <source>Run Saved Function</source>
        <translation>Gespeicherte Funktion ausführen</translation>
    </message>
    <message>
        <source>Run Buffer</source>
        <translation>Puffer ausführen</translation>
    </message>
    <message>
        <source>Pick an app in the Apps panel to see and edit its functions.</source>
        <translation>Wählen Sie im Panel „Apps“ eine App, um ihre Funktionen zu sehen und zu bearbeiten.</translation>
    </message>
    <message>
        <source>Enter a name for the function.</source>
        <translation>Geben Sie einen Namen für die Funktion ein.</translation>
    </message>
    <message>
        <source>Created the function “%1”.</source>
        <translation>Funktion „%1“ angelegt.</translation>
    </message>
    <message>
        <source>Renamed the function to “%1”.</source>
        <translation>Funktion in „%1“ umbenannt.</translation>
    </message>
    <message>
        <source>Duplicated as “%1”.</source>
        <translation>Als „%1“ dupliziert.</translation>
    </message>
    <message>
        <source>Deleted the function “%1”.</source>
        <translation>Funktion „%1“ gelöscht.</translation>
    </message>
    <message>
        <source>The log names the function “%1”, which the app no longer has.</source>
        <translation>Das Protokoll nennt die Funktion „%1“, die die App nicht mehr hat.</translation>
    </message>
    <message>
        <source>Function count</source>
        <translation>Anzahl der Funktionen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln function(s)</source>
        <translation>
            <numerusform>%Ln Funktion</numerusform>
            <numerusform>%Ln Funktionen</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved the function “%1”.</source>
        <translation>Die Funktion „%1“ wurde gespeichert.</translation>
    </message>
    <message>
        <source>Looking for functions that call “%1”…</source>
        <translation>Suche Funktionen, die „%1“ aufrufen…</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>und %1 weitere</translation>
    </message>
    <message>
        <source>One function calls “%1”:</source>
        <translation>Eine Funktion ruft „%1“ auf:</translation>
    </message>
    <message>
        <source>%1 functions call “%2”:</source>
        <translation>%1 Funktionen rufen „%2“ auf:</translation>
    </message>
    <message>
        <source>Renamed alone, “%1” leaves those calls failing. Update them to call “%2”? A caller open in a tab with unsaved changes is changed in its buffer, for you to save; the others are saved.</source>
        <translation>Nur umbenannt, schlagen diese Aufrufe von „%1“ fehl. Sollen sie stattdessen „%2“ aufrufen? Eine aufrufende Funktion, die mit ungespeicherten Änderungen in einem Tab offen ist, wird in ihrem Puffer geändert und von Ihnen gespeichert; die anderen werden gespeichert.</translation>
    </message>
    <message>
        <source>Rename and &amp;Update Callers</source>
        <translation>Umbenennen und Aufrufe &amp;anpassen</translation>
    </message>
    <message>
        <source>&amp;Rename Only</source>
        <translation>Nur &amp;umbenennen</translation>
    </message>
    <message>
        <source>Renamed the function to “%1” and updated the calls in one function.</source>
        <translation>Funktion in „%1“ umbenannt und die Aufrufe in einer Funktion angepasst.</translation>
    </message>
    <message>
        <source>Renamed the function to “%1” and updated the calls in %2 functions.</source>
        <translation>Funktion in „%1“ umbenannt und die Aufrufe in %2 Funktionen angepasst.</translation>
    </message>
    <message>
        <source>Calls to “%1” that remain will fail after the rename. Rename it to “%2” anyway?</source>
        <translation>Verbliebene Aufrufe von „%1“ schlagen nach dem Umbenennen fehl. Trotzdem in „%2“ umbenennen?</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>Calls to “%1” in other functions could not be looked for: %2</source>
        <translation>Aufrufe von „%1“ in anderen Funktionen konnten nicht gesucht werden: %2</translation>
    </message>
    <message>
        <source>Dependencies</source>
        <translation>Abhängigkeiten</translation>
    </message>
    <message>
        <source>De&amp;pendencies…</source>
        <translation>Abhängig&amp;keiten…</translation>
    </message>
    <message>
        <source>The packages functions can require(): list and upload</source>
        <translation>Die Pakete, die Funktionen mit require() laden können: anzeigen und hochladen</translation>
    </message>
    <message>
        <source>Run Cases</source>
        <translation>Testfälle</translation>
    </message>
    <message>
        <source>&amp;Cases…</source>
        <translation>&amp;Testfälle…</translation>
    </message>
    <message>
        <source>Run cases</source>
        <translation>Testfälle</translation>
    </message>
    <message>
        <source>Named run cases of the function: arguments, who runs it, what it should give; run them all and see which fail</source>
        <translation>Benannte Testfälle der Funktion: Argumente, wer sie ausführt, was sie ergeben soll; alle ausführen und sehen, welche fehlschlagen</translation>
    </message>
</context>
<context>
    <name>GoToLineDialog</name>
    <message>
        <source>Go to Line</source>
        <translation>Gehe zu Zeile</translation>
    </message>
    <message>
        <source>&amp;Line:</source>
        <translation>&amp;Zeile:</translation>
    </message>
    <message>
        <source> of %1</source>
        <translation> von %1</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts…</source>
        <translation>&amp;Tastenkürzel…</translation>
    </message>
    <message>
        <source>&amp;README</source>
        <translation>&amp;README</translation>
    </message>
    <message>
        <source>&amp;About Stitch Console</source>
        <translation>Ü&amp;ber Stitch Console</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Filter by command, key or place</source>
        <translation>Nach Befehl, Taste oder Ort filtern</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Stitch Console README</source>
        <translation>Stitch Console README</translation>
    </message>
    <message>
        <source>not signed in</source>
        <translation>nicht angemeldet</translation>
    </message>
    <message>
        <source>not named by the server</source>
        <translation>vom Server nicht genannt</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Stitch Console %1&lt;/h3&gt;&lt;p&gt;A desktop administration console for the MongoDB Stitch Admin API v3.0, with its own local server of the same API.&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;Qt&lt;/td&gt;&lt;td&gt;%2 (built with %3)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;QScintilla&lt;/td&gt;&lt;td&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Server&lt;/td&gt;&lt;td&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;h3&gt;Stitch Console %1&lt;/h3&gt;&lt;p&gt;Eine Desktop-Verwaltungskonsole für die MongoDB Stitch Admin API v3.0, mit einem eigenen lokalen Server derselben API.&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;Qt&lt;/td&gt;&lt;td&gt;%2 (erstellt mit %3)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;QScintilla&lt;/td&gt;&lt;td&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Server&lt;/td&gt;&lt;td&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>About Stitch Console</source>
        <translation>Über Stitch Console</translation>
    </message>
</context>
<context>
    <name>HostingPanel</name>
    <message numerus="yes">
        <source>%n file(s), %1</source>
        <translation>
            <numerusform>%n Datei, %1</numerusform>
            <numerusform>%n Dateien, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No file selected</source>
        <translation>Keine Datei ausgewählt</translation>
    </message>
    <message>
        <source>Nothing is hosted yet. Upload files or sync a folder, or drop files here from your desktop.</source>
        <translation>Noch ist nichts gehostet. Laden Sie Dateien hoch, synchronisieren Sie einen Ordner oder ziehen Sie Dateien von Ihrem Desktop hierher.</translation>
    </message>
    <message>
        <source>Select a file to preview it.</source>
        <translation>Wählen Sie eine Datei für die Vorschau.</translation>
    </message>
    <message numerus="yes">
        <source>Folder with %n file(s), %1 in all.</source>
        <translation>
            <numerusform>Ordner mit %n Datei, insgesamt %1.</numerusform>
            <numerusform>Ordner mit %n Dateien, insgesamt %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>A folder: select a file to preview it.</source>
        <translation>Ein Ordner: Wählen Sie eine Datei für die Vorschau.</translation>
    </message>
    <message>
        <source>Size: %1 (%2 bytes)</source>
        <translation>Größe: %1 (%2 Bytes)</translation>
    </message>
    <message>
        <source>MD5: %1</source>
        <translation>MD5: %1</translation>
    </message>
    <message>
        <source>Last modified: %1</source>
        <translation>Zuletzt geändert: %1</translation>
    </message>
    <message>
        <source>URL: %1</source>
        <translation>URL: %1</translation>
    </message>
    <message>
        <source>No preview for this kind of file. Open it in the browser to see it.</source>
        <translation>Keine Vorschau für diese Dateiart. Öffnen Sie sie im Browser, um sie zu sehen.</translation>
    </message>
    <message>
        <source>Too large to preview (%1).</source>
        <translation>Zu groß für die Vorschau (%1).</translation>
    </message>
    <message>
        <source>The server gave no URL for this file.</source>
        <translation>Der Server nannte keine URL für diese Datei.</translation>
    </message>
    <message>
        <source>Loading preview…</source>
        <translation>Lade Vorschau…</translation>
    </message>
    <message>
        <source>Cannot load the preview: %1</source>
        <translation>Vorschau kann nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>The image cannot be decoded.</source>
        <translation>Das Bild kann nicht dekodiert werden.</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 Pixel</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <source>Created the folder “%1”.</source>
        <translation>Ordner „%1“ angelegt.</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Neuer Ordner</translation>
    </message>
    <message>
        <source>Name of the new folder in %1:</source>
        <translation>Name des neuen Ordners in %1:</translation>
    </message>
    <message>
        <source>Not sent: a folder cannot move into itself.</source>
        <translation>Nicht gesendet: Ein Ordner kann nicht in sich selbst verschoben werden.</translation>
    </message>
    <message>
        <source>Moved “%1” to “%2”.</source>
        <translation>„%1“ nach „%2“ verschoben.</translation>
    </message>
    <message>
        <source>Copied “%1” to “%2”.</source>
        <translation>„%1“ nach „%2“ kopiert.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n item(s) to “%1”.</source>
        <translation>
            <numerusform>%n Element nach „%1“ kopiert.</numerusform>
            <numerusform>%n Elemente nach „%1“ kopiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n item(s) to “%1”.</source>
        <translation>
            <numerusform>%n Element nach „%1“ verschoben.</numerusform>
            <numerusform>%n Elemente nach „%1“ verschoben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename or Move</source>
        <translation>Umbenennen oder verschieben</translation>
    </message>
    <message>
        <source>New path for %1:</source>
        <translation>Neuer Pfad für %1:</translation>
    </message>
    <message>
        <source>-copy</source>
        <translation>-kopie</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy %1 to:</source>
        <translation>%1 kopieren nach:</translation>
    </message>
    <message>
        <source>Delete “%1” from hosting? This cannot be undone.</source>
        <translation>„%1“ aus dem Hosting löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message numerus="yes">
        <source>Delete the folder “%1” and the %n file(s) in it? This cannot be undone.</source>
        <translation>
            <numerusform>Den Ordner „%1“ und die %n Datei darin löschen? Das lässt sich nicht rückgängig machen.</numerusform>
            <numerusform>Den Ordner „%1“ und die %n Dateien darin löschen? Das lässt sich nicht rückgängig machen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete these %1 items (%n file(s) in all)? This cannot be undone.

%2</source>
        <translation>
            <numerusform>Diese %1 Elemente löschen (insgesamt %n Datei)? Das lässt sich nicht rückgängig machen.

%2</numerusform>
            <numerusform>Diese %1 Elemente löschen (insgesamt %n Dateien)? Das lässt sich nicht rückgängig machen.

%2</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete from Hosting</source>
        <translation>Aus dem Hosting löschen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message numerus="yes">
        <source>delete %n file(s)</source>
        <translation>
            <numerusform>%n Datei löschen</numerusform>
            <numerusform>%n Dateien löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n item(s) from hosting.</source>
        <translation>
            <numerusform>%n Element aus dem Hosting gelöscht.</numerusform>
            <numerusform>%n Elemente aus dem Hosting gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not sent: “%1” is not an attribute hosting accepts.</source>
        <translation>Nicht gesendet: „%1“ ist kein Attribut, das das Hosting akzeptiert.</translation>
    </message>
    <message>
        <source>Saved the attributes of “%1”.</source>
        <translation>Attribute von „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Attributes of %1</source>
        <translation>Attribute von %1</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>Empty fields are not sent. The server answers with these headers when the file is fetched.</source>
        <translation>Leere Felder werden nicht gesendet. Der Server antwortet mit diesen Headern, wenn die Datei abgerufen wird.</translation>
    </message>
    <message>
        <source>%1 no longer exists: it was deleted elsewhere.</source>
        <translation>%1 existiert nicht mehr: Es wurde anderswo gelöscht.</translation>
    </message>
    <message>
        <source>Asked for the hosting cache to be invalidated.</source>
        <translation>Invalidierung des Hosting-Caches angefordert.</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>%1 kopiert</translation>
    </message>
    <message>
        <source>Hosting</source>
        <translation>Hosting</translation>
    </message>
    <message>
        <source>Filter by name</source>
        <translation>Nach Name filtern</translation>
    </message>
    <message>
        <source>Filter hosted files</source>
        <translation>Gehostete Dateien filtern</translation>
    </message>
    <message>
        <source>Hosted files</source>
        <translation>Gehostete Dateien</translation>
    </message>
    <message>
        <source>&amp;Upload Files…</source>
        <translation>Dateien &amp;hochladen…</translation>
    </message>
    <message>
        <source>Upload files into the selected folder (Ctrl+U)</source>
        <translation>Dateien in den ausgewählten Ordner hochladen (Strg+U)</translation>
    </message>
    <message>
        <source>Upload &amp;Folder…</source>
        <translation>&amp;Ordner hochladen…</translation>
    </message>
    <message>
        <source>Upload a folder and everything in it (Ctrl+Shift+U)</source>
        <translation>Einen Ordner mit seinem gesamten Inhalt hochladen (Strg+Umschalt+U)</translation>
    </message>
    <message>
        <source>S&amp;ync Folder…</source>
        <translation>Ordner &amp;synchronisieren…</translation>
    </message>
    <message>
        <source>Send only what changed in a local folder (Ctrl+Shift+Y)</source>
        <translation>Nur senden, was sich in einem lokalen Ordner geändert hat (Strg+Umschalt+Y)</translation>
    </message>
    <message>
        <source>&amp;New Folder…</source>
        <translation>&amp;Neuer Ordner…</translation>
    </message>
    <message>
        <source>Create an empty folder (Ctrl+Shift+N)</source>
        <translation>Einen leeren Ordner anlegen (Strg+Umschalt+N)</translation>
    </message>
    <message>
        <source>Re&amp;name / Move…</source>
        <translation>&amp;Umbenennen / Verschieben…</translation>
    </message>
    <message>
        <source>Give the selected file or folder a new path (F2); or drag it</source>
        <translation>Der ausgewählten Datei oder dem Ordner einen neuen Pfad geben (F2); oder ziehen Sie sie</translation>
    </message>
    <message>
        <source>&amp;Copy…</source>
        <translation>&amp;Kopieren…</translation>
    </message>
    <message>
        <source>Copy the selected file or folder</source>
        <translation>Ausgewählte Datei oder ausgewählten Ordner kopieren</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Delete the selected files and folders (Del)</source>
        <translation>Ausgewählte Dateien und Ordner löschen (Entf)</translation>
    </message>
    <message>
        <source>&amp;Attributes…</source>
        <translation>&amp;Attribute…</translation>
    </message>
    <message>
        <source>Edit the selected file&apos;s HTTP attributes (Alt+Enter)</source>
        <translation>HTTP-Attribute der ausgewählten Datei bearbeiten (Alt+Eingabe)</translation>
    </message>
    <message>
        <source>&amp;Invalidate Cache</source>
        <translation>Cache &amp;invalidieren</translation>
    </message>
    <message>
        <source>Ask the CDN to drop its copies of every hosted file</source>
        <translation>Das CDN bitten, seine Kopien aller gehosteten Dateien zu verwerfen</translation>
    </message>
    <message>
        <source>&amp;Open in Browser</source>
        <translation>Im &amp;Browser öffnen</translation>
    </message>
    <message>
        <source>Open the selected file&apos;s URL (Ctrl+O)</source>
        <translation>URL der ausgewählten Datei öffnen (Strg+O)</translation>
    </message>
    <message>
        <source>Copy &amp;URL</source>
        <translation>&amp;URL kopieren</translation>
    </message>
    <message>
        <source>Copy the selected file&apos;s URL (Ctrl+Shift+C)</source>
        <translation>URL der ausgewählten Datei kopieren (Strg+Umschalt+C)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>List the files again (F5)</source>
        <translation>Dateien neu auflisten (F5)</translation>
    </message>
    <message>
        <source>Loading hosted files</source>
        <translation>Lade gehostete Dateien</translation>
    </message>
    <message>
        <source>Image preview</source>
        <translation>Bildvorschau</translation>
    </message>
    <message>
        <source>Text preview</source>
        <translation>Textvorschau</translation>
    </message>
    <message>
        <source>Sync plan</source>
        <translation>Synchronisierungsplan</translation>
    </message>
    <message>
        <source>Also &amp;delete files that are only on the server</source>
        <translation>Auch Dateien &amp;löschen, die nur auf dem Server liegen</translation>
    </message>
    <message>
        <source>&amp;Start Sync</source>
        <translation>Synchronisierung &amp;starten</translation>
    </message>
    <message>
        <source>Upload the new and changed files</source>
        <translation>Neue und geänderte Dateien hochladen</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Übertragung</translation>
    </message>
    <message>
        <source>Transfer progress</source>
        <translation>Übertragungsfortschritt</translation>
    </message>
    <message>
        <source>Cancel Transfer</source>
        <translation>Übertragung abbrechen</translation>
    </message>
    <message>
        <source>Stop the batch; the file in flight does not land</source>
        <translation>Den Stapel anhalten; die gerade gesendete Datei kommt nicht an</translation>
    </message>
    <message>
        <source>Stop at the first &amp;failure</source>
        <translation>Beim ersten &amp;Fehler anhalten</translation>
    </message>
    <message>
        <source>Outcome of each file</source>
        <translation>Ergebnis jeder Datei</translation>
    </message>
    <message>
        <source>Close Report</source>
        <translation>Bericht schließen</translation>
    </message>
    <message>
        <source>There were no files to upload.</source>
        <translation>Es gab keine Dateien zum Hochladen.</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>Lade hoch</translation>
    </message>
    <message>
        <source>Upload Files</source>
        <translation>Dateien hochladen</translation>
    </message>
    <message>
        <source>Upload Folder</source>
        <translation>Ordner hochladen</translation>
    </message>
    <message>
        <source>Paused: the session ended (%1). Sign in again and the batch goes on from the file that did not land.</source>
        <translation>Angehalten: Die Sitzung wurde beendet (%1). Melden Sie sich erneut an, dann geht der Stapel ab der Datei weiter, die nicht angekommen ist.</translation>
    </message>
    <message>
        <source>%1 of %2 files, %3 of %4</source>
        <translation>%1 von %2 Dateien, %3 von %4</translation>
    </message>
    <message numerus="yes">
        <source>%n uploaded</source>
        <translation>
            <numerusform>%n hochgeladen</numerusform>
            <numerusform>%n hochgeladen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deleted</source>
        <translation>
            <numerusform>%n gelöscht</numerusform>
            <numerusform>%n gelöscht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n übersprungen</numerusform>
            <numerusform>%n übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent</source>
        <translation>
            <numerusform>%n nicht gesendet</numerusform>
            <numerusform>%n nicht gesendet</numerusform>
        </translation>
    </message>
    <message>
        <source>Done: %1.</source>
        <translation>Fertig: %1.</translation>
    </message>
    <message>
        <source>Hosting: %1.</source>
        <translation>Hosting: %1.</translation>
    </message>
    <message>
        <source>Sync Folder</source>
        <translation>Ordner synchronisieren</translation>
    </message>
    <message>
        <source>Sync plan: %1 → %2</source>
        <translation>Synchronisierungsplan: %1 → %2</translation>
    </message>
    <message>
        <source>Reading and hashing the local files…</source>
        <translation>Lese lokale Dateien und berechne Prüfsummen…</translation>
    </message>
    <message>
        <source>Cannot list the server&apos;s files.</source>
        <translation>Die Dateien des Servers können nicht aufgelistet werden.</translation>
    </message>
    <message>
        <source>%1 new, %2 changed, %3 unchanged, %4 only on the server. %5 to send.</source>
        <translation>%1 neu, %2 geändert, %3 unverändert, %4 nur auf dem Server. %5 zu senden.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read and will be skipped.</source>
        <translation>
            <numerusform>%n Datei konnte nicht gelesen werden und wird übersprungen.</numerusform>
            <numerusform>%n Dateien konnten nicht gelesen werden und werden übersprungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisieren</translation>
    </message>
    <message>
        <source>Everything is up to date: nothing was sent.</source>
        <translation>Alles ist aktuell: Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Hosting is up to date with the folder.</source>
        <translation>Das Hosting ist auf dem Stand des Ordners.</translation>
    </message>
</context>
<context>
    <name>HostingTransfer</name>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>uploaded</source>
        <translation>hochgeladen</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>nicht gesendet</translation>
    </message>
    <message>
        <source>Cancelled while it was being sent; the server has all of it or none.</source>
        <translation>Während des Sendens abgebrochen; der Server hat die Datei ganz oder gar nicht.</translation>
    </message>
    <message>
        <source>Cancelled before it was sent.</source>
        <translation>Vor dem Senden abgebrochen.</translation>
    </message>
    <message>
        <source>The file is gone from disk.</source>
        <translation>Die Datei ist nicht mehr auf der Festplatte.</translation>
    </message>
    <message>
        <source>The file changed after the plan was made; sync again to send it.</source>
        <translation>Die Datei hat sich nach der Planung geändert; synchronisieren Sie erneut, um sie zu senden.</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Already gone from the server.</source>
        <translation>Bereits nicht mehr auf dem Server.</translation>
    </message>
    <message>
        <source>The server&apos;s MD5 differs from the one planned: the file changed while it was sent. (%1)</source>
        <translation>Die MD5 des Servers weicht von der geplanten ab: Die Datei hat sich beim Senden geändert. (%1)</translation>
    </message>
    <message>
        <source>Not sent: the batch stopped after a failure.</source>
        <translation>Nicht gesendet: Der Stapel hat nach einem Fehler angehalten.</translation>
    </message>
</context>
<context>
    <name>JsonEditor</name>
    <message>
        <source>Enter a JSON object or array.</source>
        <translation>Geben Sie ein JSON-Objekt oder -Array ein.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>The arguments must be a JSON array, such as [1, &quot;two&quot;].</source>
        <translation>Die Argumente müssen ein JSON-Array sein, etwa [1, &quot;zwei&quot;].</translation>
    </message>
    <message>
        <source>Enter a JSON value: &quot;text&quot;, 42, true, null, {…} or […].</source>
        <translation>Geben Sie einen JSON-Wert ein: &quot;Text&quot;, 42, true, null, {…} oder […].</translation>
    </message>
</context>
<context>
    <name>JsonTreeModel</name>
    <message numerus="yes">
        <source>{%n field(s)}</source>
        <translation>
            <numerusform>{%n Feld}</numerusform>
            <numerusform>{%n Felder}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n item(s)]</source>
        <translation>
            <numerusform>[%n Element]</numerusform>
            <numerusform>[%n Elemente]</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
</context>
<context>
    <name>ListFilterBinding</name>
    <message>
        <source>Nothing loaded so far matches “%1”. Load all to search every item.</source>
        <translation>Nichts bisher Geladenes passt zu „%1“. Laden Sie alles, um jeden Eintrag zu durchsuchen.</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>Nichts passt zu „%1“.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>Load all</source>
        <translation>Alle laden</translation>
    </message>
    <message numerus="yes">
        <source>The filter covers the %n loaded item(s) only: Load all fetches every page so that it covers every item.</source>
        <translation>
            <numerusform>Der Filter umfasst nur den %n geladenen Eintrag: „Alle laden“ holt jede Seite, damit er jeden Eintrag umfasst.</numerusform>
            <numerusform>Der Filter umfasst nur die %n geladenen Einträge: „Alle laden“ holt jede Seite, damit er jeden Eintrag umfasst.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListFilterProxy</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source> (loaded pages only)</source>
        <translation> (nur geladene Seiten)</translation>
    </message>
    <message>
        <source>No matches among %1</source>
        <translation>Keine Treffer unter %1</translation>
    </message>
</context>
<context>
    <name>LocalProfileStarter</name>
    <message>
        <source>%1 is from another version of Stitch Console.</source>
        <translation>%1 gehört zu einer anderen Version von Stitch Console.</translation>
    </message>
    <message>
        <source>The built-in local server could not be loaded: %1</source>
        <translation>Der eingebaute lokale Server konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>The built-in local server is not installed: %1 was found in none of these folders: %2.</source>
        <translation>Der eingebaute lokale Server ist nicht installiert: %1 wurde in keinem dieser Ordner gefunden: %2.</translation>
    </message>
</context>
<context>
    <name>LogArchive</name>
    <message>
        <source>The archive could not be read: %1</source>
        <translation>Das Archiv konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>LogArchiveDialog</name>
    <message>
        <source>&amp;Delete this app&apos;s archive…</source>
        <translation>Archiv dieser App &amp;löschen…</translation>
    </message>
    <message>
        <source>Log Archive</source>
        <translation>Log-Archiv</translation>
    </message>
    <message>
        <source>Archives of this profile:</source>
        <translation>Archive dieses Profils:</translation>
    </message>
    <message>
        <source>Archives of this profile</source>
        <translation>Archive dieses Profils</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Keine Grenze</translation>
    </message>
    <message>
        <source>Keep at most (&amp;size per app):</source>
        <translation>Höchstens behalten (&amp;Größe je App):</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Keep at most (&amp;age):</source>
        <translation>Höchstens behalten (&amp;Alter):</translation>
    </message>
    <message>
        <source>&amp;Apply limit now</source>
        <translation>Grenze jetzt &amp;anwenden</translation>
    </message>
    <message>
        <source>This app: %1 entries, %2 on disk, in %3.</source>
        <translation>Diese App: %1 Einträge, %2 auf der Festplatte, in %3.</translation>
    </message>
    <message>
        <source>Held from %1 to %2.</source>
        <translation>Vorhanden von %1 bis %2.</translation>
    </message>
    <message>
        <source>The oldest entry the service still has is from %1; older ones are only here.</source>
        <translation>Der älteste Eintrag, den der Dienst noch hat, ist vom %1; ältere gibt es nur hier.</translation>
    </message>
    <message>
        <source>everything up to %1</source>
        <translation>alles bis %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>No time range is complete yet: sync to fill it.</source>
        <translation>Noch ist kein Zeitraum vollständig: Synchronisieren Sie, um ihn zu füllen.</translation>
    </message>
    <message>
        <source>Complete: %1</source>
        <translation>Vollständig: %1</translation>
    </message>
    <message>
        <source>%1 (this app)</source>
        <translation>%1 (diese App)</translation>
    </message>
    <message>
        <source>Delete the Log Archive</source>
        <translation>Log-Archiv löschen</translation>
    </message>
    <message>
        <source>Delete every archived log entry of this app? Entries the service no longer keeps cannot be fetched again.</source>
        <translation>Alle archivierten Log-Einträge dieser App löschen? Einträge, die der Dienst nicht mehr aufbewahrt, lassen sich nicht erneut abrufen.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>LogArchiveModel</name>
    <message>
        <source>Kept</source>
        <translation>Aufbewahrt</translation>
    </message>
    <message>
        <source>Only in the archive: older than the oldest entry the service still keeps.</source>
        <translation>Nur im Archiv: älter als der älteste Eintrag, den der Dienst noch aufbewahrt.</translation>
    </message>
    <message>
        <source>Also on the service</source>
        <translation>Auch beim Dienst</translation>
    </message>
    <message>
        <source>(malformed)</source>
        <translation>(fehlerhaft)</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>archive only</source>
        <translation>nur im Archiv</translation>
    </message>
</context>
<context>
    <name>LogArchiveSync</name>
    <message>
        <source>The archive is not open for writing: %1</source>
        <translation>Das Archiv ist nicht zum Schreiben geöffnet: %1</translation>
    </message>
    <message>
        <source>Sync cancelled; it resumes where it stopped.</source>
        <translation>Synchronisierung abgebrochen; sie setzt dort fort, wo sie aufhörte.</translation>
    </message>
    <message>
        <source>The archive was closed; the sync stopped and resumes next time.</source>
        <translation>Das Archiv wurde geschlossen; die Synchronisierung hat angehalten und setzt beim nächsten Mal fort.</translation>
    </message>
    <message>
        <source>A page of logs could not be read; the sync stopped.</source>
        <translation>Eine Seite mit Logs konnte nicht gelesen werden; die Synchronisierung hat angehalten.</translation>
    </message>
</context>
<context>
    <name>LogArchiveView</name>
    <message numerus="yes">
        <source>Exported %Ln entries to %1</source>
        <translation>
            <numerusform>%Ln Eintrag nach %1 exportiert</numerusform>
            <numerusform>%Ln Einträge nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Search the archive: words, &quot;phrases&quot;, prefix*, AND, OR, NOT</source>
        <translation>Archiv durchsuchen: Wörter, „Phrasen“, Präfix*, AND, OR, NOT</translation>
    </message>
    <message>
        <source>Search the archive</source>
        <translation>Archiv durchsuchen</translation>
    </message>
    <message>
        <source>SQLite FTS5 syntax over messages, errors, error codes, function names, types, user ids and request ids; column:word searches one of them (function_name:sum).</source>
        <translation>SQLite-FTS5-Syntax über Meldungen, Fehler, Fehlercodes, Funktionsnamen, Typen, Benutzer-IDs und Anfrage-IDs; spalte:wort durchsucht eine davon (function_name:sum).</translation>
    </message>
    <message>
        <source>&amp;Sync archive</source>
        <translation>Archiv &amp;synchronisieren</translation>
    </message>
    <message>
        <source>Fetch what the archive is missing since its newest complete range, and the gaps between ranges</source>
        <translation>Abrufen, was dem Archiv seit seinem neuesten vollständigen Zeitraum fehlt, und die Lücken zwischen den Zeiträumen</translation>
    </message>
    <message>
        <source>Fetch e&amp;verything</source>
        <translation>A&amp;lles abrufen</translation>
    </message>
    <message>
        <source>Fetch everything the service still has for this app</source>
        <translation>Alles abrufen, was der Dienst für diese App noch hat</translation>
    </message>
    <message>
        <source>Sync in the &amp;background</source>
        <translation>Im &amp;Hintergrund synchronisieren</translation>
    </message>
    <message>
        <source>While the console runs, sync this archive every minute</source>
        <translation>Solange die Konsole läuft, dieses Archiv jede Minute synchronisieren</translation>
    </message>
    <message>
        <source>&amp;Manage…</source>
        <translation>&amp;Verwalten…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export every match as JSON Lines or CSV</source>
        <translation>Jeden Treffer als JSON Lines oder CSV exportieren</translation>
    </message>
    <message>
        <source>Move it aside and start a new archive</source>
        <translation>Beiseitelegen und ein neues Archiv beginnen</translation>
    </message>
    <message>
        <source>Archive sync progress</source>
        <translation>Fortschritt der Archiv-Synchronisierung</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the archive sync</source>
        <translation>Archiv-Synchronisierung abbrechen</translation>
    </message>
    <message>
        <source>Archived entries over time</source>
        <translation>Archivierte Einträge im Zeitverlauf</translation>
    </message>
    <message>
        <source>Archived log entries</source>
        <translation>Archivierte Log-Einträge</translation>
    </message>
    <message>
        <source>archive only</source>
        <translation>nur im Archiv</translation>
    </message>
    <message>
        <source>Archived entry details</source>
        <translation>Details des archivierten Eintrags</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <source>Archive: %1 entries, %2</source>
        <translation>Archiv: %1 Einträge, %2</translation>
    </message>
    <message>
        <source> · complete up to %1</source>
        <translation> · vollständig bis %1</translation>
    </message>
    <message>
        <source> · read-only</source>
        <translation> · nur lesbar</translation>
    </message>
    <message>
        <source>Search not understood: %1</source>
        <translation>Suche nicht verstanden: %1</translation>
    </message>
    <message numerus="yes">
        <source>First %Ln in %1 ms…</source>
        <translation>
            <numerusform>Erster in %1 ms…</numerusform>
            <numerusform>Erste %Ln in %1 ms…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 matches in %2 ms</source>
        <translation>
            <numerusform>%1 Treffer in %2 ms</numerusform>
            <numerusform>%1 Treffer in %2 ms</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Move it aside (kept beside it, renamed) and start a new archive?</source>
        <translation>%1 Beiseitelegen (umbenannt daneben aufbewahrt) und ein neues Archiv beginnen?</translation>
    </message>
    <message>
        <source>Fetching everything the service has…</source>
        <translation>Alles wird abgerufen, was der Dienst hat…</translation>
    </message>
    <message>
        <source>Syncing the archive…</source>
        <translation>Archiv wird synchronisiert…</translation>
    </message>
    <message>
        <source>Synced back to %1</source>
        <translation>Zurück bis %1 synchronisiert</translation>
    </message>
    <message>
        <source>The log archive is up to date.</source>
        <translation>Das Log-Archiv ist auf dem neuesten Stand.</translation>
    </message>
    <message>
        <source>Only in the archive: the service no longer keeps this entry.</source>
        <translation>Nur im Archiv: Der Dienst bewahrt diesen Eintrag nicht mehr auf.</translation>
    </message>
    <message>
        <source>Export Archived Log Entries</source>
        <translation>Archivierte Log-Einträge exportieren</translation>
    </message>
</context>
<context>
    <name>LogHistogram</name>
    <message>
        <source>Entries and errors over time</source>
        <translation>Einträge und Fehler im Zeitverlauf</translation>
    </message>
    <message numerus="yes">
        <source>%n entries in the loaded range</source>
        <translation>
            <numerusform>%n Eintrag im geladenen Bereich</numerusform>
            <numerusform>%n Einträge im geladenen Bereich</numerusform>
        </translation>
    </message>
    <message>
        <source>No entries loaded</source>
        <translation>Keine Einträge geladen</translation>
    </message>
    <message>
        <source>%1 – %2
%3 entries, %4 errors</source>
        <translation>%1 – %2
%3 Einträge, %4 Fehler</translation>
    </message>
</context>
<context>
    <name>LogModel</name>
    <message>
        <source>Malformed entry: not a JSON object</source>
        <translation>Fehlerhafter Eintrag: kein JSON-Objekt</translation>
    </message>
    <message>
        <source>Malformed entry: no valid “started” date</source>
        <translation>Fehlerhafter Eintrag: kein gültiges „started“-Datum</translation>
    </message>
    <message>
        <source>(malformed)</source>
        <translation>(fehlerhaft)</translation>
    </message>
    <message>
        <source>Malformed</source>
        <translation>Fehlerhaft</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Function / webhook</source>
        <translation>Funktion / Webhook</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>Fehlercode</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>Anfrage-ID</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign In to Stitch</source>
        <translation>Bei Stitch anmelden</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Choose where to sign in. The built-in Local profile runs a server on this computer with a demo app.</source>
        <translation>Wählen Sie, wo Sie sich anmelden. Das eingebaute Profil „Lokal“ startet auf diesem Computer einen Server mit einer Demo-App.</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>&amp;Basis-URL:</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <source>https://stitch.mongodb.com</source>
        <translation>https://stitch.mongodb.com</translation>
    </message>
    <message>
        <source>P&amp;rovider:</source>
        <translation>Anbiete&amp;r:</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Public &amp;API key:</source>
        <translation>Öffentlicher &amp;API-Schlüssel:</translation>
    </message>
    <message>
        <source>Public API key or user name</source>
        <translation>Öffentlicher API-Schlüssel oder Benutzername</translation>
    </message>
    <message>
        <source>Private &amp;key:</source>
        <translation>Privater &amp;Schlüssel:</translation>
    </message>
    <message>
        <source>Private API key or password</source>
        <translation>Privater API-Schlüssel oder Passwort</translation>
    </message>
    <message>
        <source>Default &amp;group:</source>
        <translation>Standard&amp;gruppe:</translation>
    </message>
    <message>
        <source>Default group ID</source>
        <translation>ID der Standardgruppe</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>&amp;Markierung:</translation>
    </message>
    <message>
        <source>Profile tag</source>
        <translation>Profilmarkierung</translation>
    </message>
    <message>
        <source>&amp;Remember secret in the system keychain</source>
        <translation>Geheimnis im System-Schlüsselbund &amp;merken</translation>
    </message>
    <message>
        <source>Remember secret</source>
        <translation>Geheimnis merken</translation>
    </message>
    <message>
        <source>Keychain notice</source>
        <translation>Hinweis zum Schlüsselbund</translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation>Anmeldestatus</translation>
    </message>
    <message>
        <source>MongoDB Cloud API key</source>
        <translation>MongoDB-Cloud-API-Schlüssel</translation>
    </message>
    <message>
        <source>User name and password</source>
        <translation>Benutzername und Passwort</translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>New profile…</source>
        <translation>Neues Profil…</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>Public API key</source>
        <translation>Öffentlicher API-Schlüssel</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Private API key</source>
        <translation>Privater API-Schlüssel</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>No system keychain is available: secrets will not be saved, and you will be asked for them each time.</source>
        <translation>Kein System-Schlüsselbund verfügbar: Geheimnisse werden nicht gespeichert, und Sie werden jedes Mal danach gefragt.</translation>
    </message>
    <message>
        <source>&amp;Save Profile</source>
        <translation>Profil &amp;speichern</translation>
    </message>
    <message>
        <source>Profile “%1” saved.</source>
        <translation>Profil „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Block deploys while run cases fail</source>
        <translation>Bereitstellen &amp;sperren, solange Testfälle fehlschlagen</translation>
    </message>
    <message>
        <source>Deploy runs the app&apos;s run cases first and refuses to deploy while any of them fails (otherwise failures are only a warning)</source>
        <translation>Bereitstellen führt zuerst die Testfälle der App aus und verweigert, solange einer fehlschlägt (sonst sind Fehlschläge nur eine Warnung)</translation>
    </message>
    <message>
        <source>Block deploys on failing cases</source>
        <translation>Bereitstellen bei fehlschlagenden Testfällen sperren</translation>
    </message>
</context>
<context>
    <name>LogsPanel</name>
    <message>
        <source>Logs</source>
        <translation>Protokolle</translation>
    </message>
    <message>
        <source>Search loaded entries (Ctrl+F)</source>
        <translation>Geladene Einträge durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <source>Search loaded entries</source>
        <translation>Geladene Einträge durchsuchen</translation>
    </message>
    <message>
        <source>Search matches</source>
        <translation>Suchtreffer</translation>
    </message>
    <message>
        <source>&lt;</source>
        <translation>&lt;</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Vorheriger Treffer (Umschalt+F3)</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Vorheriger Treffer</translation>
    </message>
    <message>
        <source>&gt;</source>
        <translation>&gt;</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Nächster Treffer (F3)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Nächster Treffer</translation>
    </message>
    <message>
        <source>&amp;Tail</source>
        <translation>&amp;Mitlesen</translation>
    </message>
    <message>
        <source>Poll every few seconds for new entries and add them at the top (Ctrl+T)</source>
        <translation>Alle paar Sekunden nach neuen Einträgen fragen und sie oben einfügen (Strg+T)</translation>
    </message>
    <message>
        <source>Live tail</source>
        <translation>Live mitlesen</translation>
    </message>
    <message>
        <source>Load &amp;all</source>
        <translation>&amp;Alle laden</translation>
    </message>
    <message>
        <source>Load every remaining page (Ctrl+L)</source>
        <translation>Alle restlichen Seiten laden (Strg+L)</translation>
    </message>
    <message>
        <source>Load all entries</source>
        <translation>Alle Einträge laden</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Save the loaded entries, or the selected ones, as JSON Lines or CSV (Ctrl+E)</source>
        <translation>Die geladenen oder die ausgewählten Einträge als JSON Lines oder CSV speichern (Strg+E)</translation>
    </message>
    <message>
        <source>Export entries</source>
        <translation>Einträge exportieren</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Reload from the newest entry (F5)</source>
        <translation>Ab dem neuesten Eintrag neu laden (F5)</translation>
    </message>
    <message>
        <source>Refresh logs</source>
        <translation>Protokolle aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Errors only</source>
        <translation>Nur &amp;Fehler</translation>
    </message>
    <message>
        <source>Show only entries with an error (Ctrl+Shift+E)</source>
        <translation>Nur Einträge mit einem Fehler zeigen (Strg+Umschalt+E)</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Nur Fehler</translation>
    </message>
    <message>
        <source>T&amp;ypes: all</source>
        <translation>T&amp;ypen: alle</translation>
    </message>
    <message>
        <source>Show only entries of the checked types</source>
        <translation>Nur Einträge der angehakten Typen zeigen</translation>
    </message>
    <message>
        <source>Entry types</source>
        <translation>Eintragstypen</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <source>User ID filter</source>
        <translation>Filter nach Benutzer-ID</translation>
    </message>
    <message>
        <source>Request ID (co_id)</source>
        <translation>Anfrage-ID (co_id)</translation>
    </message>
    <message>
        <source>Request ID filter</source>
        <translation>Filter nach Anfrage-ID</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>Use start date</source>
        <translation>Startdatum verwenden</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm:ss</source>
        <translation>dd.MM.yyyy HH:mm:ss</translation>
    </message>
    <message>
        <source>Start date and time</source>
        <translation>Startdatum und -zeit</translation>
    </message>
    <message>
        <source>T&amp;o</source>
        <translation>&amp;Bis</translation>
    </message>
    <message>
        <source>Use end date</source>
        <translation>Enddatum verwenden</translation>
    </message>
    <message>
        <source>End date and time</source>
        <translation>Enddatum und -zeit</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>Filter &amp;leeren</translation>
    </message>
    <message>
        <source>Show every entry again</source>
        <translation>Wieder alle Einträge zeigen</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter leeren</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Lade…</translation>
    </message>
    <message>
        <source>Load all status</source>
        <translation>Status beim Laden aller Einträge</translation>
    </message>
    <message>
        <source>Load all progress</source>
        <translation>Fortschritt beim Laden aller Einträge</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop loading further pages</source>
        <translation>Keine weiteren Seiten laden</translation>
    </message>
    <message>
        <source>Cancel loading all</source>
        <translation>Laden aller Einträge abbrechen</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportiere…</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>Exportstatus</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Exportfortschritt</translation>
    </message>
    <message>
        <source>Stop the export</source>
        <translation>Den Export anhalten</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>Export abbrechen</translation>
    </message>
    <message>
        <source>Log entries</source>
        <translation>Protokolleinträge</translation>
    </message>
    <message>
        <source>Entry details</source>
        <translation>Details des Eintrags</translation>
    </message>
    <message>
        <source>Function call arguments</source>
        <translation>Argumente des Funktionsaufrufs</translation>
    </message>
    <message>
        <source>Loaded entries</source>
        <translation>Geladene Einträge</translation>
    </message>
    <message>
        <source>Logs of %1</source>
        <translation>Protokolle von %1</translation>
    </message>
    <message>
        <source>T&amp;ype: %1</source>
        <translation>T&amp;yp: %1</translation>
    </message>
    <message numerus="yes">
        <source>T&amp;ypes: %n</source>
        <translation>
            <numerusform>T&amp;ypen: %n</numerusform>
            <numerusform>T&amp;ypen: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an app in Apps to see its logs.</source>
        <translation>Wählen Sie unter „Apps“ eine App, um ihre Protokolle zu sehen.</translation>
    </message>
    <message>
        <source>%1 entries loaded</source>
        <translation>%1 Einträge geladen</translation>
    </message>
    <message>
        <source> · all loaded</source>
        <translation> · alle geladen</translation>
    </message>
    <message>
        <source> · loading…</source>
        <translation> · lade…</translation>
    </message>
    <message>
        <source> · a page failed</source>
        <translation> · eine Seite ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Select an entry to see its details.</source>
        <translation>Wählen Sie einen Eintrag, um seine Details zu sehen.</translation>
    </message>
    <message>
        <source>Error:</source>
        <translation>Fehler:</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Meldungen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Loading all entries…</source>
        <translation>Lade alle Einträge…</translation>
    </message>
    <message>
        <source>Loaded %1 entries, back to %2</source>
        <translation>%1 Einträge geladen, zurück bis %2</translation>
    </message>
    <message>
        <source>Export Log Entries</source>
        <translation>Protokolleinträge exportieren</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl);;CSV (*.csv)</source>
        <translation>JSON Lines (*.jsonl);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Exportiere nach %1…</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message numerus="yes">
        <source> · %n malformed (shown in italics)</source>
        <translation>
            <numerusform> · %n fehlerhaft (kursiv dargestellt)</numerusform>
            <numerusform> · %n fehlerhaft (kursiv dargestellt)</numerusform>
        </translation>
    </message>
    <message>
        <source>Run again in the function editor</source>
        <translation>Im Funktionseditor erneut ausführen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln Treffer</numerusform>
            <numerusform>%Ln Treffer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es) in the loaded entries</source>
        <translation>
            <numerusform>%Ln Treffer in den geladenen Einträgen</numerusform>
            <numerusform>%Ln Treffer in den geladenen Einträgen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln entries to %1</source>
        <translation>
            <numerusform>%Ln Eintrag nach %1 exportiert</numerusform>
            <numerusform>%Ln Einträge nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>last checked %1</source>
        <translation>zuletzt geprüft %1</translation>
    </message>
    <message>
        <source>waiting for the first check</source>
        <translation>wartet auf die erste Prüfung</translation>
    </message>
    <message>
        <source>Tail: the check at %1 failed</source>
        <translation>Mitlesen: die Prüfung um %1 ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Checking for new entries every few seconds</source>
        <translation>Prüft alle paar Sekunden auf neue Einträge</translation>
    </message>
    <message>
        <source>Live tail on, waiting for the first check</source>
        <translation>Live mitlesen an, wartet auf die erste Prüfung</translation>
    </message>
    <message>
        <source>Live tail on, last checked %1</source>
        <translation>Live mitlesen an, zuletzt geprüft %1</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archiv</translation>
    </message>
    <message>
        <source>Search every entry this console has kept for the app (Ctrl+Shift+A)</source>
        <translation>Jeden Eintrag durchsuchen, den diese Konsole für die App aufbewahrt hat (Strg+Umschalt+A)</translation>
    </message>
    <message>
        <source>Save as a run case…</source>
        <translation>Als Testfall speichern…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>No app selected</source>
        <translation>Keine App ausgewählt</translation>
    </message>
    <message>
        <source>Client app ID: %1</source>
        <translation>Client-App-ID: %1</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Current section</source>
        <translation>Aktueller Bereich</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Sign &amp;In…</source>
        <translation>&amp;Anmelden…</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>A&amp;bmelden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Dark Palette</source>
        <translation>&amp;Dunkle Farbpalette</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <source>Profile tag</source>
        <translation>Profilmarkierung</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>   App: </source>
        <translation>   App: </translation>
    </message>
    <message>
        <source>Current app</source>
        <translation>Aktuelle App</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>Angemeldet als</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <source>Network activity</source>
        <translation>Netzwerkaktivität</translation>
    </message>
    <message>
        <source>Stitch Console</source>
        <translation>Stitch Console</translation>
    </message>
    <message>
        <source>%1 — Stitch Console</source>
        <translation>%1 — Stitch Console</translation>
    </message>
    <message>
        <source>%1 [%2] — Stitch Console</source>
        <translation>%1 [%2] — Stitch Console</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <source>%1 @ %2 (%3)</source>
        <translation>%1 @ %2 (%3)</translation>
    </message>
    <message>
        <source>There is no profile named “%1”.</source>
        <translation>Es gibt kein Profil namens „%1“.</translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation>Anmeldung bei %1…</translation>
    </message>
    <message>
        <source>The secret was not saved: %1</source>
        <translation>Das Geheimnis wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Starting local server…</source>
        <translation>Lokaler Server wird gestartet…</translation>
    </message>
    <message>
        <source>The local server did not start: %1</source>
        <translation>Der lokale Server ist nicht gestartet: %1</translation>
    </message>
    <message>
        <source>Session ended: %1</source>
        <translation>Sitzung beendet: %1</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again to continue.</source>
        <translation>Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an, um fortzufahren.</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Some changes are not saved on the server.</source>
        <translation>Einige Änderungen sind nicht auf dem Server gespeichert.</translation>
    </message>
    <message>
        <source>Unsaved in: %1. Discard them and close the window?</source>
        <translation>Ungespeichert in: %1. Verwerfen und das Fenster schließen?</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>&amp;Command Palette…</source>
        <translation>&amp;Befehlspalette…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source> &amp;Group: </source>
        <translation> &amp;Gruppe: </translation>
    </message>
    <message>
        <source>The group (project) whose apps are listed</source>
        <translation>Die Gruppe (das Projekt), deren Apps aufgelistet werden</translation>
    </message>
    <message>
        <source>Profile “%1” saved.</source>
        <translation>Profil „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
</context>
<context>
    <name>NameDialog</name>
    <message>
        <source>The name is longer than 64 characters.</source>
        <translation>Der Name ist länger als 64 Zeichen.</translation>
    </message>
    <message>
        <source>Use only letters A–Z, digits, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>Verwenden Sie nur die Buchstaben A–Z, Ziffern, „_“ und „-“.</translation>
    </message>
</context>
<context>
    <name>OverviewPanel</name>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Loading the overview</source>
        <translation>Lade die Übersicht</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Load the app&apos;s details and counts again (F5)</source>
        <translation>Details und Zahlen der App neu laden (F5)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Client App ID:</source>
        <translation>Client-App-ID:</translation>
    </message>
    <message>
        <source>App ID:</source>
        <translation>App-ID:</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Standort:</translation>
    </message>
    <message>
        <source>Deployment model:</source>
        <translation>Bereitstellungsmodell:</translation>
    </message>
    <message>
        <source>Product:</source>
        <translation>Produkt:</translation>
    </message>
    <message>
        <source>Domain ID:</source>
        <translation>Domain-ID:</translation>
    </message>
    <message>
        <source>Last deployment:</source>
        <translation>Letzte Bereitstellung:</translation>
    </message>
    <message>
        <source>Functions</source>
        <translation>Funktionen</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Werte</translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation>Trigger</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <source>Auth providers</source>
        <translation>Authentifizierungsanbieter</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Hosting files</source>
        <translation>Hosting-Dateien</translation>
    </message>
    <message>
        <source>Push notifications</source>
        <translation>Push-Benachrichtigungen</translation>
    </message>
    <message>
        <source>Allowed origins</source>
        <translation>Erlaubte Ursprünge</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Protokolle</translation>
    </message>
    <message>
        <source>Deployments</source>
        <translation>Bereitstellungen</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <source>Show the %1 panel</source>
        <translation>Das Panel %1 anzeigen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1+</source>
        <translation>%1+</translation>
    </message>
    <message>
        <source>Open an app in Apps (double-click it) to see its overview.</source>
        <translation>Öffnen Sie eine App unter „Apps“ (Doppelklick), um ihre Übersicht zu sehen.</translation>
    </message>
    <message>
        <source>Overview of %1</source>
        <translation>Übersicht von %1</translation>
    </message>
    <message>
        <source>The app&apos;s details and what it holds. Each Open button shows that panel.</source>
        <translation>Die Details der App und was sie enthält. Jede Schaltfläche „Öffnen“ zeigt das jeweilige Panel.</translation>
    </message>
    <message>
        <source>standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>never deployed</source>
        <translation>nie bereitgestellt</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>unknown (%1)</source>
        <translation>unbekannt (%1)</translation>
    </message>
</context>
<context>
    <name>Panel</name>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
</context>
<context>
    <name>PanelRegistry</name>
    <message>
        <source>Apps</source>
        <translation>Apps</translation>
    </message>
    <message>
        <source>Create, delete and export the apps of the current group</source>
        <translation>Apps der aktuellen Gruppe erstellen, löschen und exportieren</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>The current app&apos;s details and how many of each resource it holds</source>
        <translation>Details der aktuellen App und wie viele Ressourcen jeder Art sie enthält</translation>
    </message>
    <message>
        <source>Functions</source>
        <translation>Funktionen</translation>
    </message>
    <message>
        <source>Edit, save and test-run the functions of the current app</source>
        <translation>Funktionen der aktuellen App bearbeiten, speichern und testweise ausführen</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>App as Code</source>
        <translation>App als Code</translation>
    </message>
    <message>
        <source>Pull the app to a folder, compare a folder or another app with it, push a folder as a draft, promote between apps</source>
        <translation>Die App in einen Ordner abrufen, einen Ordner oder eine andere App mit ihr vergleichen, einen Ordner als Entwurf übertragen, zwischen Apps übernehmen</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Protokolle</translation>
    </message>
    <message>
        <source>Browse, filter, tail and export the current app&apos;s logs</source>
        <translation>Protokolle der aktuellen App durchsuchen, filtern, live verfolgen und exportieren</translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation>Trigger</translation>
    </message>
    <message>
        <source>Create, edit, enable, resume and watch the triggers of the current app</source>
        <translation>Trigger der aktuellen App erstellen, bearbeiten, aktivieren, fortsetzen und beobachten</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Trigger</translation>
    </message>
    <message>
        <source>Hosting</source>
        <translation>Hosting</translation>
    </message>
    <message>
        <source>Browse, upload, sync and edit the current app&apos;s hosted files</source>
        <translation>Gehostete Dateien der aktuellen App durchsuchen, hochladen, synchronisieren und bearbeiten</translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation>Bereitstellen</translation>
    </message>
    <message>
        <source>Review &amp; Deploy: the draft&apos;s changes, deploy or discard them, and the deployment history</source>
        <translation>Prüfen &amp; Bereitstellen: die Änderungen des Entwurfs bereitstellen oder verwerfen, und der Bereitstellungsverlauf</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Werte</translation>
    </message>
    <message>
        <source>Create, edit and delete the values functions read</source>
        <translation>Werte, die Funktionen lesen, erstellen, bearbeiten und löschen</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <source>Services of the current app: configuration, rules, incoming webhooks, commands</source>
        <translation>Dienste der aktuellen App: Konfiguration, Regeln, eingehende Webhooks, Befehle</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Create, enable, disable, log out and delete app users; confirm pending registrations</source>
        <translation>App-Benutzer anlegen, aktivieren, deaktivieren, abmelden und löschen; ausstehende Registrierungen bestätigen</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Auth Providers</source>
        <translation>Authentifizierungsanbieter</translation>
    </message>
    <message>
        <source>Create, configure, enable and disable how users sign in</source>
        <translation>Festlegen, wie sich Benutzer anmelden: Anbieter anlegen, konfigurieren, aktivieren und deaktivieren</translation>
    </message>
    <message>
        <source>Auth provider</source>
        <translation>Authentifizierungsanbieter</translation>
    </message>
    <message>
        <source>API Keys</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Create, enable, disable and delete the app&apos;s API keys</source>
        <translation>API-Schlüssel der App anlegen, aktivieren, deaktivieren und löschen</translation>
    </message>
    <message>
        <source>Push Notifications</source>
        <translation>Push-Benachrichtigungen</translation>
    </message>
    <message>
        <source>Write, send and delete the current app&apos;s push notifications</source>
        <translation>Push-Benachrichtigungen der aktuellen App schreiben, senden und löschen</translation>
    </message>
    <message>
        <source>Push notification</source>
        <translation>Push-Benachrichtigung</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Edit the origins browsers may call the app from</source>
        <translation>Die Ursprünge bearbeiten, von denen Browser die App aufrufen dürfen</translation>
    </message>
</context>
<context>
    <name>PendingUserListModel</name>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>Entwicklung</translation>
    </message>
    <message>
        <source>Staging</source>
        <translation>Staging</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>Local</source>
        <translation>Lokal</translation>
    </message>
</context>
<context>
    <name>PromoteTarget</name>
    <message>
        <source>“%1” cannot be signed in to from here: sign in to it in the window to promote into its apps.</source>
        <translation>Bei „%1“ kann man sich von hier aus nicht anmelden: Melden Sie sich im Fenster an, um in seine Apps zu übernehmen.</translation>
    </message>
    <message>
        <source>Could not sign in to “%1”: %2</source>
        <translation>Anmeldung bei „%1“ fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The sign-in to “%1” ended (%2): choose the profile again.</source>
        <translation>Die Anmeldung bei „%1“ ist beendet (%2): Wählen Sie das Profil erneut.</translation>
    </message>
    <message>
        <source>Could not list the apps of “%1”: %2</source>
        <translation>Die Apps von „%1“ konnten nicht aufgelistet werden: %2</translation>
    </message>
</context>
<context>
    <name>PushPanel</name>
    <message>
        <source>Push Notifications</source>
        <translation>Push-Benachrichtigungen</translation>
    </message>
    <message>
        <source>Draft notifications</source>
        <translation>Benachrichtigungsentwürfe</translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s)</source>
        <translation>
            <numerusform>%n Entwurf</numerusform>
            <numerusform>%n Entwürfe</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent notifications</source>
        <translation>Gesendete Benachrichtigungen</translation>
    </message>
    <message numerus="yes">
        <source>%n sent</source>
        <translation>
            <numerusform>%n gesendet</numerusform>
            <numerusform>%n gesendet</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Drafts</source>
        <translation>&amp;Entwürfe</translation>
    </message>
    <message>
        <source>S&amp;ent</source>
        <translation>&amp;Gesendet</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>Write a new draft notification (Ctrl+N)</source>
        <translation>Einen neuen Benachrichtigungsentwurf schreiben (Strg+N)</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Delete the selected notifications (Del)</source>
        <translation>Ausgewählte Benachrichtigungen löschen (Entf)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Load the notifications again (F5)</source>
        <translation>Benachrichtigungen neu laden (F5)</translation>
    </message>
    <message>
        <source>Notification label</source>
        <translation>Bezeichnung der Benachrichtigung</translation>
    </message>
    <message>
        <source>Notification message</source>
        <translation>Nachricht der Benachrichtigung</translation>
    </message>
    <message>
        <source>Notification topic</source>
        <translation>Thema der Benachrichtigung</translation>
    </message>
    <message>
        <source>e.g. news</source>
        <translation>z. B. news</translation>
    </message>
    <message>
        <source>Notification type</source>
        <translation>Art der Benachrichtigung</translation>
    </message>
    <message>
        <source>Set &amp;type</source>
        <translation>&amp;Typ festlegen</translation>
    </message>
    <message>
        <source>Set the notification&apos;s type</source>
        <translation>Den Typ der Benachrichtigung festlegen</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>Entwurf &amp;speichern</translation>
    </message>
    <message>
        <source>Create or save the draft (Ctrl+S)</source>
        <translation>Entwurf anlegen oder speichern (Strg+S)</translation>
    </message>
    <message>
        <source>Se&amp;nd…</source>
        <translation>Se&amp;nden…</translation>
    </message>
    <message>
        <source>Send the draft to its topic&apos;s subscribers</source>
        <translation>Den Entwurf an die Abonnenten seines Themas senden</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Bezeichnung:</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Nachricht:</translation>
    </message>
    <message>
        <source>To&amp;pic:</source>
        <translation>The&amp;ma:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;yp:</translation>
    </message>
    <message>
        <source>Push Notifications of %1</source>
        <translation>Push-Benachrichtigungen von %1</translation>
    </message>
    <message>
        <source>Enter a label.</source>
        <translation>Geben Sie eine Bezeichnung ein.</translation>
    </message>
    <message>
        <source>Enter the message.</source>
        <translation>Geben Sie die Nachricht ein.</translation>
    </message>
    <message>
        <source>Enter the topic the message goes to.</source>
        <translation>Geben Sie das Thema ein, an das die Nachricht geht.</translation>
    </message>
    <message>
        <source>Choose an app in Apps to see its push notifications.</source>
        <translation>Wählen Sie unter „Apps“ eine App, um ihre Push-Benachrichtigungen zu sehen.</translation>
    </message>
    <message>
        <source>This app has no push notifications yet. New… writes a draft.</source>
        <translation>Diese App hat noch keine Push-Benachrichtigungen. „Neu…“ schreibt einen Entwurf.</translation>
    </message>
    <message>
        <source>Drafts can be edited and sent; sent notifications are kept as they went out.</source>
        <translation>Entwürfe können bearbeitet und gesendet werden; gesendete Benachrichtigungen bleiben so erhalten, wie sie verschickt wurden.</translation>
    </message>
    <message>
        <source>New draft</source>
        <translation>Neuer Entwurf</translation>
    </message>
    <message>
        <source>No notification selected</source>
        <translation>Keine Benachrichtigung ausgewählt</translation>
    </message>
    <message>
        <source>%1 (sent %2)</source>
        <translation>%1 (gesendet %2)</translation>
    </message>
    <message>
        <source>%1 (draft)</source>
        <translation>%1 (Entwurf)</translation>
    </message>
    <message>
        <source>Created the draft “%1”.</source>
        <translation>Entwurf „%1“ angelegt.</translation>
    </message>
    <message>
        <source>Saved the draft “%1”.</source>
        <translation>Entwurf „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Send Notification</source>
        <translation>Benachrichtigung senden</translation>
    </message>
    <message>
        <source>Send “%1” to every subscriber of the topic “%2” now? A sent notification cannot be recalled.</source>
        <translation>„%1“ jetzt an alle Abonnenten des Themas „%2“ senden? Eine gesendete Benachrichtigung lässt sich nicht zurückrufen.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Sent “%1”.</source>
        <translation>„%1“ gesendet.</translation>
    </message>
    <message>
        <source>Set the type of “%1” to %2.</source>
        <translation>Typ von „%1“ auf %2 gesetzt.</translation>
    </message>
    <message>
        <source>Delete Notification</source>
        <translation>Benachrichtigung löschen</translation>
    </message>
    <message>
        <source>Delete Notifications</source>
        <translation>Benachrichtigungen löschen</translation>
    </message>
    <message>
        <source>Delete the notification “%1”?</source>
        <translation>Die Benachrichtigung „%1“ löschen?</translation>
    </message>
    <message>
        <source>Delete these %1 notifications?

%2</source>
        <translation>Diese %1 Benachrichtigungen löschen?

%2</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>delete %1 notifications</source>
        <translation>%1 Benachrichtigungen löschen</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n notification(s).</source>
        <translation>
            <numerusform>%n Benachrichtigung gelöscht.</numerusform>
            <numerusform>%n Benachrichtigungen gelöscht.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <source>Hosting file %1: %2. Hosting files are compared by their MD5, not shown.</source>
        <translation>Hosting-Datei %1: %2. Hosting-Dateien werden über ihre MD5 verglichen, nicht angezeigt.</translation>
    </message>
    <message>
        <source>Filter files</source>
        <translation>Dateien filtern</translation>
    </message>
    <message>
        <source>Changed files</source>
        <translation>Geänderte Dateien</translation>
    </message>
    <message>
        <source>Previous File</source>
        <translation>Vorherige Datei</translation>
    </message>
    <message>
        <source>Show the previous changed file (Alt+Up)</source>
        <translation>Die vorherige geänderte Datei zeigen (Alt+Hoch)</translation>
    </message>
    <message>
        <source>Next File</source>
        <translation>Nächste Datei</translation>
    </message>
    <message>
        <source>Show the next changed file (Alt+Down)</source>
        <translation>Die nächste geänderte Datei zeigen (Alt+Runter)</translation>
    </message>
    <message>
        <source>Diff layout</source>
        <translation>Diff-Darstellung</translation>
    </message>
    <message>
        <source>Unified</source>
        <translation>Einheitlich</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Nebeneinander</translation>
    </message>
    <message>
        <source>Previous Change</source>
        <translation>Vorherige Änderung</translation>
    </message>
    <message>
        <source>Go to the previous change (Shift+F7)</source>
        <translation>Zur vorherigen Änderung (Umschalt+F7)</translation>
    </message>
    <message>
        <source>Next Change</source>
        <translation>Nächste Änderung</translation>
    </message>
    <message>
        <source>Go to the next change (F7)</source>
        <translation>Zur nächsten Änderung (F7)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>RunAsPicker</name>
    <message>
        <source>Run as</source>
        <translation>Ausführen als</translation>
    </message>
    <message>
        <source>Run as System or as an app user: type part of an email or an id to find one</source>
        <translation>Als System oder als Benutzer der App ausführen: einen Teil einer E-Mail-Adresse oder ID tippen, um ihn zu finden</translation>
    </message>
    <message>
        <source>Email or id</source>
        <translation>E-Mail oder ID</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 (disabled)</source>
        <translation>%1 (deaktiviert)</translation>
    </message>
</context>
<context>
    <name>RunCase</name>
    <message>
        <source>Succeeds</source>
        <translation>Läuft fehlerfrei</translation>
    </message>
    <message>
        <source>Result equals</source>
        <translation>Ergebnis ist gleich</translation>
    </message>
    <message>
        <source>Result contains</source>
        <translation>Ergebnis enthält</translation>
    </message>
    <message>
        <source>Fails with</source>
        <translation>Schlägt fehl mit</translation>
    </message>
    <message>
        <source>succeeds</source>
        <translation>läuft fehlerfrei</translation>
    </message>
    <message>
        <source>equals %1</source>
        <translation>ist gleich %1</translation>
    </message>
    <message>
        <source>contains %1</source>
        <translation>enthält %1</translation>
    </message>
    <message>
        <source>fails matching /%1/</source>
        <translation>schlägt fehl, passend zu /%1/</translation>
    </message>
    <message>
        <source>Not run</source>
        <translation>Nicht ausgeführt</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Not run: %1</source>
        <translation>Nicht ausgeführt: %1</translation>
    </message>
    <message>
        <source>The run failed: %1</source>
        <translation>Der Lauf schlug fehl: %1</translation>
    </message>
    <message>
        <source>A run without error</source>
        <translation>Ein Lauf ohne Fehler</translation>
    </message>
    <message>
        <source>The result is not the expected value</source>
        <translation>Das Ergebnis ist nicht der erwartete Wert</translation>
    </message>
    <message>
        <source>The result does not contain the expected value</source>
        <translation>Das Ergebnis enthält den erwarteten Wert nicht</translation>
    </message>
    <message>
        <source>The run failed: /%1/</source>
        <translation>Der Lauf schlägt fehl: /%1/</translation>
    </message>
    <message>
        <source>The run succeeded; it was expected to fail</source>
        <translation>Der Lauf gelang; erwartet war, dass er fehlschlägt</translation>
    </message>
    <message>
        <source>The pattern is not valid: %1</source>
        <translation>Das Muster ist ungültig: %1</translation>
    </message>
    <message>
        <source>The error message does not match /%1/: %2</source>
        <translation>Die Fehlermeldung passt nicht zu /%1/: %2</translation>
    </message>
</context>
<context>
    <name>RunCaseModel</name>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Run as</source>
        <translation>Ausführen als</translation>
    </message>
    <message>
        <source>Expectation</source>
        <translation>Erwartung</translation>
    </message>
</context>
<context>
    <name>RunCaseStore</name>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>%1: cannot make its folder</source>
        <translation>%1: Sein Ordner kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>RunConsole</name>
    <message>
        <source>buffer</source>
        <translation>Puffer</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>gespeichert</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>%1 · %2 as %3 · %4</source>
        <translation>%1 · %2 als %3 · %4</translation>
    </message>
    <message>
        <source>Run &amp;Saved</source>
        <translation>&amp;Gespeicherte ausführen</translation>
    </message>
    <message>
        <source>Run &amp;Buffer</source>
        <translation>&amp;Puffer ausführen</translation>
    </message>
    <message>
        <source>Abandon</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>Vergleichen…</translation>
    </message>
    <message>
        <source>Run console</source>
        <translation>Ausführungskonsole</translation>
    </message>
    <message>
        <source>Arguments (JSON array)</source>
        <translation>Argumente (JSON-Array)</translation>
    </message>
    <message>
        <source>The arguments as a JSON array, e.g. [1, &quot;two&quot;, {&quot;three&quot;: 3}]</source>
        <translation>Die Argumente als JSON-Array, z. B. [1, &quot;zwei&quot;, {&quot;drei&quot;: 3}]</translation>
    </message>
    <message>
        <source>Run saved function</source>
        <translation>Gespeicherte Funktion ausführen</translation>
    </message>
    <message>
        <source>Run the function as saved on the server</source>
        <translation>Die Funktion so ausführen, wie sie auf dem Server gespeichert ist</translation>
    </message>
    <message>
        <source>Run buffer</source>
        <translation>Puffer ausführen</translation>
    </message>
    <message>
        <source>Run the editor&apos;s text, saved or not (Ctrl+Enter)</source>
        <translation>Den Text des Editors ausführen, ob gespeichert oder nicht (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Abandon run</source>
        <translation>Ausführung abbrechen</translation>
    </message>
    <message>
        <source>Stop waiting for the run</source>
        <translation>Nicht länger auf die Ausführung warten</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Run progress</source>
        <translation>Fortschritt der Ausführung</translation>
    </message>
    <message>
        <source>Result tree</source>
        <translation>Ergebnisbaum</translation>
    </message>
    <message>
        <source>Raw result</source>
        <translation>Rohes Ergebnis</translation>
    </message>
    <message>
        <source>Captured logs</source>
        <translation>Erfasste Protokolle</translation>
    </message>
    <message>
        <source>console.log output appears here</source>
        <translation>Ausgaben von console.log erscheinen hier</translation>
    </message>
    <message>
        <source>Run output</source>
        <translation>Ausgabe der Ausführung</translation>
    </message>
    <message>
        <source>Run status</source>
        <translation>Status der Ausführung</translation>
    </message>
    <message>
        <source>Execution time</source>
        <translation>Ausführungszeit</translation>
    </message>
    <message>
        <source>Run history</source>
        <translation>Verlauf der Ausführungen</translation>
    </message>
    <message>
        <source>No runs yet</source>
        <translation>Noch keine Ausführungen</translation>
    </message>
    <message>
        <source>Compare with the latest run</source>
        <translation>Mit der letzten Ausführung vergleichen</translation>
    </message>
    <message>
        <source>Compare the chosen run with the latest one</source>
        <translation>Die gewählte Ausführung mit der letzten vergleichen</translation>
    </message>
    <message>
        <source>&amp;Arguments:</source>
        <translation>&amp;Argumente:</translation>
    </message>
    <message>
        <source>Run &amp;as:</source>
        <translation>Ausführen &amp;als:</translation>
    </message>
    <message>
        <source>&amp;History:</source>
        <translation>&amp;Verlauf:</translation>
    </message>
    <message>
        <source>&amp;Logs:</source>
        <translation>Pr&amp;otokolle:</translation>
    </message>
    <message>
        <source>Arguments: %1</source>
        <translation>Argumente: %1</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Läuft…</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>[error] %1</source>
        <translation>[Fehler] %1</translation>
    </message>
    <message>
        <source>Execution time: %1</source>
        <translation>Ausführungszeit: %1</translation>
    </message>
    <message>
        <source>Run abandoned.</source>
        <translation>Ausführung abgebrochen.</translation>
    </message>
    <message>
        <source>The run failed: %1</source>
        <translation>Die Ausführung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <source>Compare Runs</source>
        <translation>Ausführungen vergleichen</translation>
    </message>
    <message>
        <source>Two runs side by side</source>
        <translation>Zwei Ausführungen nebeneinander</translation>
    </message>
    <message>
        <source>Execution time: %1 ms</source>
        <translation>Ausführungszeit: %1 ms</translation>
    </message>
    <message>
        <source>Execution time: %1 s</source>
        <translation>Ausführungszeit: %1 s</translation>
    </message>
    <message>
        <source>User %1 (from the log)</source>
        <translation>Benutzer %1 (aus dem Protokoll)</translation>
    </message>
    <message>
        <source>Arguments and user from the log entry: press Run to run it again.</source>
        <translation>Argumente und Benutzer aus dem Protokolleintrag: Drücken Sie „Ausführen“, um erneut auszuführen.</translation>
    </message>
    <message>
        <source>Res&amp;ult:</source>
        <translation>E&amp;rgebnis:</translation>
    </message>
    <message>
        <source>Ra&amp;w:</source>
        <translation>Ro&amp;h:</translation>
    </message>
    <message>
        <source>Debugging…</source>
        <translation>Debuggen…</translation>
    </message>
    <message>
        <source>The debug run ended: %1</source>
        <translation>Der Debug-Lauf ist beendet: %1</translation>
    </message>
</context>
<context>
    <name>SaveConflictDialog</name>
    <message>
        <source>Function Changed on the Server</source>
        <translation>Funktion auf dem Server geändert</translation>
    </message>
    <message>
        <source>“%1” was changed on the server since you opened it. Compare the two versions and choose which one to keep.</source>
        <translation>„%1“ wurde auf dem Server geändert, seit Sie sie geöffnet haben. Vergleichen Sie beide Versionen und wählen Sie, welche bleiben soll.</translation>
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation>&amp;Meine behalten</translation>
    </message>
    <message>
        <source>Save your version over the server&apos;s</source>
        <translation>Ihre Version über die des Servers speichern</translation>
    </message>
    <message>
        <source>&amp;Take the Server&apos;s</source>
        <translation>&amp;Die des Servers übernehmen</translation>
    </message>
    <message>
        <source>Replace your buffer with the server&apos;s version</source>
        <translation>Ihren Puffer durch die Version des Servers ersetzen</translation>
    </message>
    <message>
        <source>Recovered Unsaved Changes</source>
        <translation>Wiederhergestellte ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Unsaved changes to “%1” were found from an earlier session that did not end normally.</source>
        <translation>Ungespeicherte Änderungen an „%1“ aus einer früheren Sitzung, die nicht normal beendet wurde, wurden gefunden.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Open the recovered buffer in an editor tab</source>
        <translation>Den wiederhergestellten Puffer in einem Editor-Tab öffnen</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Forget the recovered buffer</source>
        <translation>Den wiederhergestellten Puffer verwerfen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
    <message>
        <source>Your version and the server&apos;s version</source>
        <translation>Ihre Version und die Version des Servers</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Ihre Version</translation>
    </message>
    <message>
        <source>Recovered buffer</source>
        <translation>Wiederhergestellter Puffer</translation>
    </message>
    <message>
        <source>Server version (deleted)</source>
        <translation>Version des Servers (gelöscht)</translation>
    </message>
    <message>
        <source>Server version</source>
        <translation>Version des Servers</translation>
    </message>
</context>
<context>
    <name>SecretListModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>The system keychain cannot be used (%1), so secrets are not saved.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verwendbar (%1), daher werden keine Geheimnisse gespeichert.</translation>
    </message>
</context>
<context>
    <name>SecretsPane</name>
    <message>
        <source>Enter a name.</source>
        <translation>Geben Sie einen Namen ein.</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Geheimnisse</translation>
    </message>
    <message>
        <source>New &amp;Secret…</source>
        <translation>Neues &amp;Geheimnis…</translation>
    </message>
    <message>
        <source>Create a secret: a name and a value no one can read back</source>
        <translation>Ein Geheimnis anlegen: ein Name und ein Wert, den niemand zurücklesen kann</translation>
    </message>
    <message>
        <source>Rename Secret…</source>
        <translation>Geheimnis umbenennen…</translation>
    </message>
    <message>
        <source>Rename the selected secret</source>
        <translation>Das ausgewählte Geheimnis umbenennen</translation>
    </message>
    <message>
        <source>New Secret &amp;Value…</source>
        <translation>Neuer Geheimnis&amp;wert…</translation>
    </message>
    <message>
        <source>Replace the value of the selected secret</source>
        <translation>Den Wert des ausgewählten Geheimnisses ersetzen</translation>
    </message>
    <message>
        <source>Delete Secret…</source>
        <translation>Geheimnis löschen…</translation>
    </message>
    <message>
        <source>Delete the selected secrets (Del)</source>
        <translation>Die ausgewählten Geheimnisse löschen (Entf)</translation>
    </message>
    <message>
        <source>&amp;Use in a Value…</source>
        <translation>In einem Wert &amp;verwenden…</translation>
    </message>
    <message>
        <source>Create a value that functions read the secret through</source>
        <translation>Einen Wert anlegen, über den Funktionen das Geheimnis lesen</translation>
    </message>
    <message>
        <source>Refresh Secrets</source>
        <translation>Geheimnisse aktualisieren</translation>
    </message>
    <message>
        <source>Load the secrets again</source>
        <translation>Die Geheimnisse neu laden</translation>
    </message>
    <message>
        <source>Loading secrets</source>
        <translation>Lade Geheimnisse</translation>
    </message>
    <message>
        <source>Choose an app in Apps to see its secrets.</source>
        <translation>Wählen Sie unter „Apps“ eine App, um ihre Geheimnisse zu sehen.</translation>
    </message>
    <message>
        <source>This app has no secrets. New Secret… creates one.</source>
        <translation>Diese App hat keine Geheimnisse. „Neues Geheimnis…“ legt eines an.</translation>
    </message>
    <message>
        <source>A secret keeps a credential out of sight: its value can be set but never read back. Functions read it through a value that uses it.</source>
        <translation>Ein Geheimnis hält Zugangsdaten verborgen: Sein Wert lässt sich setzen, aber nie zurücklesen. Funktionen lesen es über einen Wert, der es verwendet.</translation>
    </message>
    <message>
        <source>Name of the secret</source>
        <translation>Name des Geheimnisses</translation>
    </message>
    <message>
        <source>Value of the secret</source>
        <translation>Wert des Geheimnisses</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>Set Value</source>
        <translation>Wert setzen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>New value of “%1”:</source>
        <translation>Neuer Wert von „%1“:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Wert:</translation>
    </message>
    <message>
        <source>New Secret</source>
        <translation>Neues Geheimnis</translation>
    </message>
    <message>
        <source>Created the secret “%1”.</source>
        <translation>Geheimnis „%1“ angelegt.</translation>
    </message>
    <message>
        <source>Rename Secret</source>
        <translation>Geheimnis umbenennen</translation>
    </message>
    <message>
        <source>New &amp;name for “%1”:</source>
        <translation>Neuer &amp;Name für „%1“:</translation>
    </message>
    <message>
        <source>Renamed the secret to “%1”.</source>
        <translation>Geheimnis in „%1“ umbenannt.</translation>
    </message>
    <message>
        <source>New Secret Value</source>
        <translation>Neuer Geheimniswert</translation>
    </message>
    <message>
        <source>Set a new value for the secret “%1”.</source>
        <translation>Neuen Wert für das Geheimnis „%1“ gesetzt.</translation>
    </message>
    <message>
        <source>Delete the secret “%1”? Values that use it will read nothing. This cannot be undone.</source>
        <translation>Das Geheimnis „%1“ löschen? Werte, die es verwenden, lesen dann nichts mehr. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete these %1 secrets? Values that use them will read nothing. This cannot be undone.

%2</source>
        <translation>Diese %1 Geheimnisse löschen? Werte, die sie verwenden, lesen dann nichts mehr. Das lässt sich nicht rückgängig machen.

%2</translation>
    </message>
    <message>
        <source>Delete Secret</source>
        <translation>Geheimnis löschen</translation>
    </message>
    <message>
        <source>Delete Secrets</source>
        <translation>Geheimnisse löschen</translation>
    </message>
    <message>
        <source>delete %1 secrets</source>
        <translation>%1 Geheimnisse löschen</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n secret(s).</source>
        <translation>
            <numerusform>%n Geheimnis gelöscht.</numerusform>
            <numerusform>%n Geheimnisse gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>New Value from a Secret</source>
        <translation>Neuer Wert aus einem Geheimnis</translation>
    </message>
    <message>
        <source>Name of the new value</source>
        <translation>Name des neuen Werts</translation>
    </message>
    <message>
        <source>Secret the value reads</source>
        <translation>Geheimnis, das der Wert liest</translation>
    </message>
    <message>
        <source>Create Value</source>
        <translation>Wert anlegen</translation>
    </message>
    <message>
        <source>Value &amp;name:</source>
        <translation>&amp;Name des Werts:</translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation>&amp;Geheimnis:</translation>
    </message>
    <message>
        <source>Created the value “%1”, which reads the secret “%2”.</source>
        <translation>Wert „%1“ angelegt, der das Geheimnis „%2“ liest.</translation>
    </message>
</context>
<context>
    <name>SecurityPanel</name>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Allowed request origins</source>
        <translation>Erlaubte Anfrage-Ursprünge</translation>
    </message>
    <message>
        <source>Filter origins</source>
        <translation>Ursprünge filtern</translation>
    </message>
    <message>
        <source>Origin to add</source>
        <translation>Hinzuzufügender Ursprung</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Add the origin to the list (Enter)</source>
        <translation>Den Ursprung zur Liste hinzufügen (Eingabe)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected origins from the list (Del)</source>
        <translation>Ausgewählte Ursprünge aus der Liste entfernen (Entf)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Replace the app&apos;s allowed origins with this list (Ctrl+S)</source>
        <translation>Die erlaubten Ursprünge der App durch diese Liste ersetzen (Strg+S)</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Show the saved list again</source>
        <translation>Die gespeicherte Liste wieder anzeigen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Load the origins again (F5)</source>
        <translation>Ursprünge neu laden (F5)</translation>
    </message>
    <message>
        <source>Loading origins</source>
        <translation>Lade Ursprünge</translation>
    </message>
    <message>
        <source>Security of %1</source>
        <translation>Sicherheit von %1</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n allowed origin(s).</source>
        <translation>
            <numerusform>%n erlaubten Ursprung gespeichert.</numerusform>
            <numerusform>%n erlaubte Ursprünge gespeichert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n origin(s)</source>
        <translation>
            <numerusform>%n Ursprung</numerusform>
            <numerusform>%n Ursprünge</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Choose an app in Apps to see its allowed request origins.</source>
        <translation>Wählen Sie unter „Apps“ eine App, um ihre erlaubten Anfrage-Ursprünge zu sehen.</translation>
    </message>
    <message>
        <source>The app lists no allowed origins. Add one, such as https://example.com, and Save.</source>
        <translation>Die App hat keine erlaubten Ursprünge. Fügen Sie einen hinzu, etwa https://example.com, und speichern Sie.</translation>
    </message>
    <message>
        <source>Changed: Save replaces the app&apos;s whole list.</source>
        <translation>Geändert: Speichern ersetzt die gesamte Liste der App.</translation>
    </message>
    <message>
        <source>Browsers may call the app only from pages of these origins.</source>
        <translation>Browser dürfen die App nur von Seiten dieser Ursprünge aufrufen.</translation>
    </message>
</context>
<context>
    <name>ServerFeatures</name>
    <message>
        <source>Sign in first.</source>
        <translation>Melden Sie sich zuerst an.</translation>
    </message>
    <message>
        <source>Asking the server what it offers…</source>
        <translation>Der Server wird gefragt, was er anbietet …</translation>
    </message>
    <message>
        <source>Could not ask the server what it offers: %1</source>
        <translation>Der Server konnte nicht gefragt werden, was er anbietet: %1</translation>
    </message>
    <message>
        <source>This server does not offer it: it is an extension of stitch-local, the console&apos;s local server.</source>
        <translation>Dieser Server bietet das nicht an: Es ist eine Erweiterung von stitch-local, dem lokalen Server der Konsole.</translation>
    </message>
    <message>
        <source>This version of stitch-local does not offer it.</source>
        <translation>Diese Version von stitch-local bietet das nicht an.</translation>
    </message>
</context>
<context>
    <name>ServiceRulesTab</name>
    <message>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s)</source>
        <translation>
            <numerusform>%n Regel</numerusform>
            <numerusform>%n Regeln</numerusform>
        </translation>
    </message>
    <message>
        <source>New &amp;rule</source>
        <translation>Neue &amp;Regel</translation>
    </message>
    <message>
        <source>Create a rule for this service</source>
        <translation>Eine Regel für diesen Dienst anlegen</translation>
    </message>
    <message>
        <source>Delete rules…</source>
        <translation>Regeln löschen…</translation>
    </message>
    <message>
        <source>Delete the selected rules (Del)</source>
        <translation>Ausgewählte Regeln löschen (Entf)</translation>
    </message>
    <message>
        <source>Rule name</source>
        <translation>Regelname</translation>
    </message>
    <message>
        <source>Rule actions, separated by commas</source>
        <translation>Aktionen der Regel, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>e.g. get, post</source>
        <translation>z. B. get, post</translation>
    </message>
    <message>
        <source>Rule condition (when) as JSON</source>
        <translation>Bedingung der Regel (when) als JSON</translation>
    </message>
    <message>
        <source>Save rule</source>
        <translation>Regel speichern</translation>
    </message>
    <message>
        <source>Revert rule</source>
        <translation>Regel verwerfen</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>Ac&amp;tions:</source>
        <translation>Ak&amp;tionen:</translation>
    </message>
    <message>
        <source>&amp;When (JSON object):</source>
        <translation>&amp;Wann (JSON-Objekt):</translation>
    </message>
    <message>
        <source>Enter a rule name.</source>
        <translation>Geben Sie einen Regelnamen ein.</translation>
    </message>
    <message>
        <source>A rule name has at most 255 characters and no “/”.</source>
        <translation>Ein Regelname hat höchstens 255 Zeichen und kein „/“.</translation>
    </message>
    <message>
        <source>“when” must be a JSON object.</source>
        <translation>„when“ muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>Neue Regel</translation>
    </message>
    <message>
        <source>No rule selected</source>
        <translation>Keine Regel ausgewählt</translation>
    </message>
    <message>
        <source>Rule %1</source>
        <translation>Regel %1</translation>
    </message>
    <message>
        <source>Created the rule “%1”.</source>
        <translation>Regel „%1“ angelegt.</translation>
    </message>
    <message>
        <source>Saved the rule “%1”.</source>
        <translation>Regel „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Delete Rule</source>
        <translation>Regel löschen</translation>
    </message>
    <message>
        <source>Delete Rules</source>
        <translation>Regeln löschen</translation>
    </message>
    <message>
        <source>Delete the rule “%1”?</source>
        <translation>Die Regel „%1“ löschen?</translation>
    </message>
    <message>
        <source>Delete these %1 rules?

%2</source>
        <translation>Diese %1 Regeln löschen?

%2</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>delete %1 rules</source>
        <translation>%1 Regeln löschen</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n rule(s).</source>
        <translation>
            <numerusform>%n Regel gelöscht.</numerusform>
            <numerusform>%n Regeln gelöscht.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServiceWebhooksTab</name>
    <message>
        <source>Incoming webhooks</source>
        <translation>Eingehende Webhooks</translation>
    </message>
    <message numerus="yes">
        <source>%n webhook(s)</source>
        <translation>
            <numerusform>%n Webhook</numerusform>
            <numerusform>%n Webhooks</numerusform>
        </translation>
    </message>
    <message>
        <source>New &amp;webhook</source>
        <translation>Neuer &amp;Webhook</translation>
    </message>
    <message>
        <source>Create an incoming webhook for this service</source>
        <translation>Einen eingehenden Webhook für diesen Dienst anlegen</translation>
    </message>
    <message>
        <source>Delete webhooks…</source>
        <translation>Webhooks löschen…</translation>
    </message>
    <message>
        <source>Delete the selected webhooks (Del)</source>
        <translation>Ausgewählte Webhooks löschen (Entf)</translation>
    </message>
    <message>
        <source>Webhook name</source>
        <translation>Webhook-Name</translation>
    </message>
    <message>
        <source>HTTP method the webhook answers</source>
        <translation>HTTP-Methode, auf die der Webhook antwortet</translation>
    </message>
    <message>
        <source>Respond with the function&apos;s &amp;result</source>
        <translation>Mit dem &amp;Ergebnis der Funktion antworten</translation>
    </message>
    <message>
        <source>Request validation</source>
        <translation>Anfrageprüfung</translation>
    </message>
    <message>
        <source>No validation</source>
        <translation>Keine Prüfung</translation>
    </message>
    <message>
        <source>Secret as query parameter</source>
        <translation>Geheimnis als Query-Parameter</translation>
    </message>
    <message>
        <source>Verify payload signature</source>
        <translation>Signatur der Nutzdaten prüfen</translation>
    </message>
    <message>
        <source>Webhook secret</source>
        <translation>Webhook-Geheimnis</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <source>Show the secret</source>
        <translation>Das Geheimnis zeigen</translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation>Webhook-URL</translation>
    </message>
    <message>
        <source>&amp;Copy URL</source>
        <translation>URL &amp;kopieren</translation>
    </message>
    <message>
        <source>Webhook function source</source>
        <translation>Quelltext der Webhook-Funktion</translation>
    </message>
    <message>
        <source>Save webhook</source>
        <translation>Webhook speichern</translation>
    </message>
    <message>
        <source>Revert webhook</source>
        <translation>Webhook verwerfen</translation>
    </message>
    <message>
        <source>Test request body as JSON</source>
        <translation>Body der Testanfrage als JSON</translation>
    </message>
    <message>
        <source>Send &amp;test request</source>
        <translation>&amp;Testanfrage senden</translation>
    </message>
    <message>
        <source>Call the saved webhook at its URL with this body</source>
        <translation>Den gespeicherten Webhook unter seiner URL mit diesem Body aufrufen</translation>
    </message>
    <message>
        <source>Test request answer</source>
        <translation>Antwort der Testanfrage</translation>
    </message>
    <message>
        <source>Test request answer body</source>
        <translation>Body der Antwort auf die Testanfrage</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>HTTP met&amp;hod:</source>
        <translation>HTTP-Met&amp;hode:</translation>
    </message>
    <message>
        <source>&amp;Validation:</source>
        <translation>&amp;Prüfung:</translation>
    </message>
    <message>
        <source>S&amp;ecret:</source>
        <translation>G&amp;eheimnis:</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <source>Test &amp;body (JSON):</source>
        <translation>Test-&amp;Body (JSON):</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Hide the secret</source>
        <translation>Das Geheimnis verbergen</translation>
    </message>
    <message>
        <source>Enter a webhook name.</source>
        <translation>Geben Sie einen Webhook-Namen ein.</translation>
    </message>
    <message>
        <source>A webhook name has 1 to 64 letters, digits, “_” or “-”.</source>
        <translation>Ein Webhook-Name hat 1 bis 64 Buchstaben, Ziffern, „_“ oder „-“.</translation>
    </message>
    <message>
        <source>This validation needs a secret.</source>
        <translation>Diese Prüfung braucht ein Geheimnis.</translation>
    </message>
    <message>
        <source>New incoming webhook</source>
        <translation>Neuer eingehender Webhook</translation>
    </message>
    <message>
        <source>No webhook selected</source>
        <translation>Kein Webhook ausgewählt</translation>
    </message>
    <message>
        <source>Webhook %1</source>
        <translation>Webhook %1</translation>
    </message>
    <message>
        <source>Created the webhook “%1”.</source>
        <translation>Webhook „%1“ angelegt.</translation>
    </message>
    <message>
        <source>Saved the webhook “%1”.</source>
        <translation>Webhook „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Delete Webhook</source>
        <translation>Webhook löschen</translation>
    </message>
    <message>
        <source>Delete Webhooks</source>
        <translation>Webhooks löschen</translation>
    </message>
    <message>
        <source>Delete the incoming webhook “%1”? Callers of its URL will get 404.</source>
        <translation>Den eingehenden Webhook „%1“ löschen? Aufrufer seiner URL erhalten dann 404.</translation>
    </message>
    <message>
        <source>Delete these %1 incoming webhooks?

%2</source>
        <translation>Diese %1 eingehenden Webhooks löschen?

%2</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>delete %1 webhooks</source>
        <translation>%1 Webhooks löschen</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n webhook(s).</source>
        <translation>
            <numerusform>%n Webhook gelöscht.</numerusform>
            <numerusform>%n Webhooks gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied the webhook URL.</source>
        <translation>Webhook-URL kopiert.</translation>
    </message>
    <message>
        <source>The test body is not valid JSON: %1</source>
        <translation>Der Test-Body ist kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>Calling %1 %2…</source>
        <translation>Rufe %1 %2 auf…</translation>
    </message>
    <message>
        <source>HTTP %1: the webhook answered.</source>
        <translation>HTTP %1: Der Webhook hat geantwortet.</translation>
    </message>
    <message>
        <source>HTTP %1 %2: %3</source>
        <translation>HTTP %1 %2: %3</translation>
    </message>
</context>
<context>
    <name>ServicesPanel</name>
    <message>
        <source>Enter a name.</source>
        <translation>Geben Sie einen Namen ein.</translation>
    </message>
    <message>
        <source>A service name has 1 to 64 letters, digits, “_” or “-”.</source>
        <translation>Ein Dienstname hat 1 bis 64 Buchstaben, Ziffern, „_“ oder „-“.</translation>
    </message>
    <message>
        <source>New Service</source>
        <translation>Neuer Dienst</translation>
    </message>
    <message>
        <source>Service name</source>
        <translation>Dienstname</translation>
    </message>
    <message>
        <source>Service type</source>
        <translation>Diensttyp</translation>
    </message>
    <message>
        <source>Other configuration as JSON</source>
        <translation>Weitere Konfiguration als JSON</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>Other &amp;configuration (JSON object):</source>
        <translation>Weitere &amp;Konfiguration (JSON-Objekt):</translation>
    </message>
    <message>
        <source>The other configuration must be a JSON object.</source>
        <translation>Die weitere Konfiguration muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>A %1 service needs %2.</source>
        <translation>Ein Dienst vom Typ %1 braucht %2.</translation>
    </message>
    <message>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n Dienst</numerusform>
            <numerusform>%n Dienste</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>Create a service (Ctrl+N)</source>
        <translation>Dienst anlegen (Strg+N)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Delete the selected services (Del)</source>
        <translation>Ausgewählte Dienste löschen (Entf)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Load the services again (F5)</source>
        <translation>Dienste neu laden (F5)</translation>
    </message>
    <message>
        <source>&amp;Configuration</source>
        <translation>&amp;Konfiguration</translation>
    </message>
    <message>
        <source>&amp;Rules</source>
        <translation>&amp;Regeln</translation>
    </message>
    <message>
        <source>Incoming &amp;webhooks</source>
        <translation>Eingehende &amp;Webhooks</translation>
    </message>
    <message>
        <source>C&amp;ommands</source>
        <translation>&amp;Befehle</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the name and configuration (Ctrl+S)</source>
        <translation>Name und Konfiguration speichern (Strg+S)</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Show the saved configuration again</source>
        <translation>Die gespeicherte Konfiguration wieder anzeigen</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>Other &amp;settings (JSON object; secrets are in the fields above, never shown):</source>
        <translation>Weitere &amp;Einstellungen (JSON-Objekt; Geheimnisse stehen in den Feldern oben und werden nie angezeigt):</translation>
    </message>
    <message>
        <source>Command name</source>
        <translation>Befehlsname</translation>
    </message>
    <message>
        <source>e.g. listDatabases</source>
        <translation>z. B. listDatabases</translation>
    </message>
    <message>
        <source>Command arguments as JSON</source>
        <translation>Argumente des Befehls als JSON</translation>
    </message>
    <message>
        <source>R&amp;un command</source>
        <translation>Befehl a&amp;usführen</translation>
    </message>
    <message>
        <source>Run the command on the service with these arguments</source>
        <translation>Den Befehl mit diesen Argumenten auf dem Dienst ausführen</translation>
    </message>
    <message>
        <source>Command answer</source>
        <translation>Antwort des Befehls</translation>
    </message>
    <message>
        <source>Command answer body</source>
        <translation>Body der Befehlsantwort</translation>
    </message>
    <message>
        <source>Co&amp;mmand:</source>
        <translation>Be&amp;fehl:</translation>
    </message>
    <message>
        <source>&amp;Arguments (JSON):</source>
        <translation>&amp;Argumente (JSON):</translation>
    </message>
    <message>
        <source>Services of %1</source>
        <translation>Dienste von %1</translation>
    </message>
    <message>
        <source>Choose an app in Apps to see its services.</source>
        <translation>Wählen Sie unter „Apps“ eine App, um ihre Dienste zu sehen.</translation>
    </message>
    <message>
        <source>This app has no services yet. New… creates one.</source>
        <translation>Diese App hat noch keine Dienste. „Neu…“ legt einen an.</translation>
    </message>
    <message>
        <source>Select a service to edit its configuration, rules and incoming webhooks.</source>
        <translation>Wählen Sie einen Dienst, um seine Konfiguration, Regeln und eingehenden Webhooks zu bearbeiten.</translation>
    </message>
    <message>
        <source>Secret settings are never shown; type a new value to replace one.</source>
        <translation>Geheime Einstellungen werden nie angezeigt; geben Sie einen neuen Wert ein, um einen zu ersetzen.</translation>
    </message>
    <message>
        <source>No service selected</source>
        <translation>Kein Dienst ausgewählt</translation>
    </message>
    <message>
        <source>%1 (%2, version %3)</source>
        <translation>%1 (%2, Version %3)</translation>
    </message>
    <message>
        <source>•••••• set; type to replace</source>
        <translation>•••••• gesetzt; zum Ersetzen tippen</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>A secret: never shown or sent back; typing replaces it.</source>
        <translation>Ein Geheimnis: wird nie angezeigt oder zurückgesendet; Eingeben ersetzt es.</translation>
    </message>
    <message>
        <source>The other settings must be a JSON object.</source>
        <translation>Die weiteren Einstellungen müssen ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>“%1” is set in the form above, not in the JSON.</source>
        <translation>„%1“ wird im Formular oben gesetzt, nicht im JSON.</translation>
    </message>
    <message>
        <source>Saved the service “%1”.</source>
        <translation>Dienst „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Created the service “%1”.</source>
        <translation>Dienst „%1“ angelegt.</translation>
    </message>
    <message>
        <source>Delete the service “%1” with its rules and incoming webhooks? This cannot be undone.</source>
        <translation>Den Dienst „%1“ mit seinen Regeln und eingehenden Webhooks löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete these %1 services with their rules and incoming webhooks? This cannot be undone.

%2</source>
        <translation>Diese %1 Dienste mit ihren Regeln und eingehenden Webhooks löschen? Das lässt sich nicht rückgängig machen.

%2</translation>
    </message>
    <message>
        <source>Delete Service</source>
        <translation>Dienst löschen</translation>
    </message>
    <message>
        <source>Delete Services</source>
        <translation>Dienste löschen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>delete %1 services</source>
        <translation>%1 Dienste löschen</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n service(s).</source>
        <translation>
            <numerusform>%n Dienst gelöscht.</numerusform>
            <numerusform>%n Dienste gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>The arguments are not valid JSON: %1</source>
        <translation>Die Argumente sind kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>Running %1…</source>
        <translation>Führe %1 aus…</translation>
    </message>
    <message>
        <source>%1 answered (HTTP %2).</source>
        <translation>%1 hat geantwortet (HTTP %2).</translation>
    </message>
    <message>
        <source>The service “%1” has no command “%2” on this server (ServiceCommandNotFound). stitch-local runs no service commands.</source>
        <translation>Der Dienst „%1“ hat auf diesem Server keinen Befehl „%2“ (ServiceCommandNotFound). stitch-local führt keine Dienstbefehle aus.</translation>
    </message>
    <message>
        <source>D&amp;ata</source>
        <translation>D&amp;aten</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>%1 This server signs in with: %2.</source>
        <translation>%1 Dieser Server meldet an mit: %2.</translation>
    </message>
</context>
<context>
    <name>SignInAdvice</name>
    <message>
        <source>Could not connect to %1 — is the server running?</source>
        <translation>Keine Verbindung zu %1 – läuft der Server?</translation>
    </message>
    <message>
        <source>%1 did not answer in time — is the address right and the server running?</source>
        <translation>%1 hat nicht rechtzeitig geantwortet – stimmt die Adresse und läuft der Server?</translation>
    </message>
    <message>
        <source>%1 did not answer as a Stitch Admin API: check the server address (the part before /api/admin/v3.0).</source>
        <translation>%1 hat nicht wie eine Stitch Admin API geantwortet: Prüfen Sie die Serveradresse (den Teil vor /api/admin/v3.0).</translation>
    </message>
    <message>
        <source>The public or private API key is wrong.</source>
        <translation>Der öffentliche oder private API-Schlüssel ist falsch.</translation>
    </message>
    <message>
        <source>The user name or password is wrong.</source>
        <translation>Benutzername oder Passwort ist falsch.</translation>
    </message>
</context>
<context>
    <name>StatusLabel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>SyncPlanModel</name>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>only on server</source>
        <translation>nur auf dem Server</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
</context>
<context>
    <name>SyntaxChecker</name>
    <message>
        <source>Node.js was not found</source>
        <translation>Node.js wurde nicht gefunden</translation>
    </message>
    <message>
        <source>Node.js could not be started</source>
        <translation>Node.js ließ sich nicht starten</translation>
    </message>
    <message>
        <source>node-acorn is not installed</source>
        <translation>node-acorn ist nicht installiert</translation>
    </message>
    <message>
        <source>the syntax check process kept stopping</source>
        <translation>der Prozess der Syntaxprüfung brach immer wieder ab</translation>
    </message>
</context>
<context>
    <name>TargetSignInDialog</name>
    <message>
        <source>&amp;Remember in the keychain</source>
        <translation>Im Schlüsselbund &amp;merken</translation>
    </message>
    <message>
        <source>Sign In to %1</source>
        <translation>Bei %1 anmelden</translation>
    </message>
    <message>
        <source>Promoting to an app of “%1” (%2) signs in to it separately; the window stays signed in to its own profile.</source>
        <translation>Die Übernahme in eine App von „%1“ (%2) meldet sich dort getrennt an; das Fenster bleibt bei seinem eigenen Profil angemeldet.</translation>
    </message>
    <message>
        <source>The stored secret was refused: %1</source>
        <translation>Das gespeicherte Geheimnis wurde abgelehnt: %1</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Geheimnis</translation>
    </message>
    <message>
        <source>No keychain is available: the secret is used for this sign-in only</source>
        <translation>Kein Schlüsselbund verfügbar: Das Geheimnis gilt nur für diese Anmeldung</translation>
    </message>
    <message>
        <source>User or API key:</source>
        <translation>Benutzer oder API-Schlüssel:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Private key:</source>
        <translation>&amp;Privater Schlüssel:</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>&amp;Anmelden</translation>
    </message>
</context>
<context>
    <name>TransferReportModel</name>
    <message>
        <source>delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>wird gesendet</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>TriggerListModel</name>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>aktiviert</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>ausgesetzt</translation>
    </message>
    <message>
        <source>not suspended</source>
        <translation>nicht ausgesetzt</translation>
    </message>
    <message>
        <source>Its function failed repeatedly; the trigger does not fire until resumed</source>
        <translation>Seine Funktion ist wiederholt fehlgeschlagen; der Trigger löst nicht aus, bis er fortgesetzt wird</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Ausgesetzt</translation>
    </message>
    <message>
        <source>Last Modified</source>
        <translation>Zuletzt geändert</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (fehlt)</translation>
    </message>
    <message>
        <source>The function this trigger runs no longer exists: edit the trigger to pick another</source>
        <translation>Die Funktion, die dieser Trigger ausführt, existiert nicht mehr: Bearbeiten Sie den Trigger und wählen Sie eine andere</translation>
    </message>
</context>
<context>
    <name>TriggersPanel</name>
    <message>
        <source>Triggers</source>
        <translation>Trigger</translation>
    </message>
    <message>
        <source>Triggers of %1</source>
        <translation>Trigger von %1</translation>
    </message>
    <message numerus="yes">
        <source>%n trigger(s)</source>
        <translation>
            <numerusform>%n Trigger</numerusform>
            <numerusform>%n Trigger</numerusform>
        </translation>
    </message>
    <message>
        <source>Ena&amp;ble</source>
        <translation>Akti&amp;vieren</translation>
    </message>
    <message>
        <source>Disa&amp;ble</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <source>No trigger selected</source>
        <translation>Kein Trigger ausgewählt</translation>
    </message>
    <message>
        <source>New trigger</source>
        <translation>Neuer Trigger</translation>
    </message>
    <message>
        <source>%1 (changed)</source>
        <translation>%1 (geändert)</translation>
    </message>
    <message>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>The function “%1” this trigger runs no longer exists: pick another and save.</source>
        <translation>Die Funktion „%1“, die dieser Trigger ausführt, existiert nicht mehr: Wählen Sie eine andere und speichern Sie.</translation>
    </message>
    <message>
        <source>Suspended: its function failed repeatedly. Fix the function, then Resume.</source>
        <translation>Ausgesetzt: Seine Funktion ist wiederholt fehlgeschlagen. Beheben Sie die Funktion und klicken Sie dann auf „Fortsetzen“.</translation>
    </message>
    <message>
        <source>Choose an app in Apps to see its triggers.</source>
        <translation>Wählen Sie unter „Apps“ eine App, um ihre Trigger zu sehen.</translation>
    </message>
    <message>
        <source>This app has no triggers yet. New… creates one.</source>
        <translation>Diese App hat noch keine Trigger. „Neu…“ legt einen an.</translation>
    </message>
    <message>
        <source>No trigger matches “%1”.</source>
        <translation>Kein Trigger passt zu „%1“.</translation>
    </message>
    <message>
        <source>Triggers run a function on a database change, an authentication event or a schedule.</source>
        <translation>Trigger führen eine Funktion bei einer Datenbankänderung, einem Authentifizierungsereignis oder nach Zeitplan aus.</translation>
    </message>
    <message numerus="yes">
        <source>%n suspended</source>
        <translation>
            <numerusform>%n ausgesetzt</numerusform>
            <numerusform>%n ausgesetzt</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved Trigger</source>
        <translation>Ungespeicherter Trigger</translation>
    </message>
    <message>
        <source>The trigger “%1” has changes that are not saved.</source>
        <translation>Der Trigger „%1“ hat ungespeicherte Änderungen.</translation>
    </message>
    <message>
        <source>new trigger</source>
        <translation>neuer Trigger</translation>
    </message>
    <message>
        <source>JSON: %1</source>
        <translation>JSON: %1</translation>
    </message>
    <message>
        <source>enter a trigger object</source>
        <translation>Geben Sie ein Trigger-Objekt ein</translation>
    </message>
    <message>
        <source>You are signed out. Sign in again, then Save: your edits stay here.</source>
        <translation>Sie sind abgemeldet. Melden Sie sich erneut an und speichern Sie dann: Ihre Änderungen bleiben hier erhalten.</translation>
    </message>
    <message>
        <source>Created the trigger “%1”.</source>
        <translation>Trigger „%1“ angelegt.</translation>
    </message>
    <message>
        <source>Saved the trigger “%1”.</source>
        <translation>Trigger „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>This trigger was deleted elsewhere. Your edits are still here: Save creates it again.</source>
        <translation>Dieser Trigger wurde anderswo gelöscht. Ihre Änderungen sind noch hier: Speichern legt ihn neu an.</translation>
    </message>
    <message>
        <source>Name: another trigger is already named “%1”.</source>
        <translation>Name: Ein anderer Trigger heißt bereits „%1“.</translation>
    </message>
    <message>
        <source>Service: the server has no such service; choose another. (%1)</source>
        <translation>Dienst: Der Server kennt diesen Dienst nicht; wählen Sie einen anderen. (%1)</translation>
    </message>
    <message>
        <source>The server refused it: %1</source>
        <translation>Der Server hat abgelehnt: %1</translation>
    </message>
    <message>
        <source>Delete Trigger</source>
        <translation>Trigger löschen</translation>
    </message>
    <message>
        <source>Delete the trigger “%1”? Its function stays; it no longer runs on these events. This cannot be undone.</source>
        <translation>Den Trigger „%1“ löschen? Seine Funktion bleibt erhalten; sie läuft bei diesen Ereignissen nicht mehr. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Deleted the trigger “%1”.</source>
        <translation>Trigger „%1“ gelöscht.</translation>
    </message>
    <message>
        <source>Disabled the trigger “%1”.</source>
        <translation>Trigger „%1“ deaktiviert.</translation>
    </message>
    <message>
        <source>Enabled the trigger “%1”.</source>
        <translation>Trigger „%1“ aktiviert.</translation>
    </message>
    <message>
        <source>Resumed the trigger “%1”.</source>
        <translation>Trigger „%1“ fortgesetzt.</translation>
    </message>
    <message>
        <source>(choose a function)</source>
        <translation>(Funktion wählen)</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (fehlt)</translation>
    </message>
    <message>
        <source>(choose a MongoDB service)</source>
        <translation>(MongoDB-Dienst wählen)</translation>
    </message>
    <message>
        <source>%1 (not in this app)</source>
        <translation>%1 (nicht in dieser App)</translation>
    </message>
    <message>
        <source>The JSON is not a trigger object: %1</source>
        <translation>Das JSON ist kein Trigger-Objekt: %1</translation>
    </message>
    <message>
        <source>The JSON is not a trigger: %1</source>
        <translation>Das JSON ist kein Trigger: %1</translation>
    </message>
    <message>
        <source>Name: enter a name.</source>
        <translation>Name: Geben Sie einen Namen ein.</translation>
    </message>
    <message>
        <source>Name: 1 to 64 letters, digits, “_” or “-”.</source>
        <translation>Name: 1 bis 64 Buchstaben, Ziffern, „_“ oder „-“.</translation>
    </message>
    <message>
        <source>Type: choose Database, Authentication or Scheduled.</source>
        <translation>Typ: Wählen Sie „Datenbank“, „Authentifizierung“ oder „Geplant“.</translation>
    </message>
    <message>
        <source>Function: choose the function the trigger runs.</source>
        <translation>Funktion: Wählen Sie die Funktion, die der Trigger ausführt.</translation>
    </message>
    <message>
        <source>Function: “%1” no longer exists; choose another.</source>
        <translation>Funktion: „%1“ existiert nicht mehr; wählen Sie eine andere.</translation>
    </message>
    <message>
        <source>Service: choose the MongoDB service to watch.</source>
        <translation>Dienst: Wählen Sie den zu überwachenden MongoDB-Dienst.</translation>
    </message>
    <message>
        <source>Service: the service “%1” no longer exists; choose another.</source>
        <translation>Dienst: Der Dienst „%1“ existiert nicht mehr; wählen Sie einen anderen.</translation>
    </message>
    <message>
        <source>Database: enter the database to watch.</source>
        <translation>Datenbank: Geben Sie die zu überwachende Datenbank ein.</translation>
    </message>
    <message>
        <source>Collection: enter the collection to watch.</source>
        <translation>Sammlung: Geben Sie die zu überwachende Sammlung ein.</translation>
    </message>
    <message>
        <source>Operations: check at least one operation type.</source>
        <translation>Vorgänge: Wählen Sie mindestens eine Vorgangsart.</translation>
    </message>
    <message>
        <source>Match: enter a JSON object (%1).</source>
        <translation>Filter: Geben Sie ein JSON-Objekt ein (%1).</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>kein Objekt</translation>
    </message>
    <message>
        <source>Operation: choose LOGIN, CREATE or DELETE.</source>
        <translation>Vorgang: Wählen Sie LOGIN, CREATE oder DELETE.</translation>
    </message>
    <message>
        <source>Providers: check at least one provider type.</source>
        <translation>Anbieter: Wählen Sie mindestens einen Anbietertyp.</translation>
    </message>
    <message>
        <source>Providers: “%1” is not a provider type.</source>
        <translation>Anbieter: „%1“ ist kein Anbietertyp.</translation>
    </message>
    <message>
        <source>Schedule: enter when to run, as five cron fields (e.g. “*/5 * * * *”).</source>
        <translation>Zeitplan: Geben Sie an, wann ausgeführt wird, als fünf Cron-Felder (z. B. „*/5 * * * *“).</translation>
    </message>
    <message>
        <source>Schedule: five cron fields of digits, names and * , - / ? are needed (minute hour day month weekday).</source>
        <translation>Zeitplan: Fünf Cron-Felder aus Ziffern, Namen und * , - / ? sind nötig (Minute Stunde Tag Monat Wochentag).</translation>
    </message>
    <message>
        <source>Filter by name, type or function</source>
        <translation>Nach Name, Typ oder Funktion filtern</translation>
    </message>
    <message>
        <source>Filter triggers</source>
        <translation>Trigger filtern</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>Create a trigger (Ctrl+N)</source>
        <translation>Trigger anlegen (Strg+N)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Delete the selected trigger (Del)</source>
        <translation>Ausgewählten Trigger löschen (Entf)</translation>
    </message>
    <message>
        <source>Stop or start firing the selected trigger</source>
        <translation>Auslösen des ausgewählten Triggers stoppen oder starten</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Let the selected suspended trigger fire again</source>
        <translation>Den ausgewählten ausgesetzten Trigger wieder auslösen lassen</translation>
    </message>
    <message>
        <source>Firing &amp;History</source>
        <translation>Auslöse&amp;verlauf</translation>
    </message>
    <message>
        <source>Show the selected trigger&apos;s runs in Logs</source>
        <translation>Die Läufe des ausgewählten Triggers unter „Protokolle“ zeigen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Load the triggers again (F5)</source>
        <translation>Trigger neu laden (F5)</translation>
    </message>
    <message>
        <source>Loading triggers</source>
        <translation>Lade Trigger</translation>
    </message>
    <message>
        <source>Trigger name</source>
        <translation>Trigger-Name</translation>
    </message>
    <message>
        <source>Trigger type</source>
        <translation>Trigger-Typ</translation>
    </message>
    <message>
        <source>Function the trigger runs</source>
        <translation>Funktion, die der Trigger ausführt</translation>
    </message>
    <message>
        <source>&amp;Open Function</source>
        <translation>Funktion ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open this function in the Functions panel</source>
        <translation>Diese Funktion im Panel „Funktionen“ öffnen</translation>
    </message>
    <message>
        <source>&amp;Enabled: fire on events</source>
        <translation>&amp;Aktiviert: bei Ereignissen auslösen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;Function:</source>
        <translation>&amp;Funktion:</translation>
    </message>
    <message>
        <source>F&amp;orm</source>
        <translation>F&amp;ormular</translation>
    </message>
    <message>
        <source>Trigger as JSON</source>
        <translation>Trigger als JSON</translation>
    </message>
    <message>
        <source>&amp;JSON</source>
        <translation>&amp;JSON</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the trigger (Ctrl+S)</source>
        <translation>Trigger speichern (Strg+S)</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Show the saved trigger again</source>
        <translation>Den gespeicherten Trigger wieder anzeigen</translation>
    </message>
    <message>
        <source>MongoDB service</source>
        <translation>MongoDB-Dienst</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Sammlung</translation>
    </message>
    <message>
        <source>Operation types</source>
        <translation>Vorgangsarten</translation>
    </message>
    <message>
        <source>Send the &amp;full document on updates</source>
        <translation>Bei Updates das &amp;vollständige Dokument senden</translation>
    </message>
    <message>
        <source>Match expression as JSON</source>
        <translation>Filterausdruck als JSON</translation>
    </message>
    <message>
        <source>Se&amp;rvice:</source>
        <translation>Die&amp;nst:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>&amp;Collection:</source>
        <translation>&amp;Sammlung:</translation>
    </message>
    <message>
        <source>O&amp;perations:</source>
        <translation>&amp;Vorgänge:</translation>
    </message>
    <message>
        <source>&amp;Match:</source>
        <translation>Fil&amp;ter:</translation>
    </message>
    <message>
        <source>Authentication operation</source>
        <translation>Authentifizierungsvorgang</translation>
    </message>
    <message>
        <source>Provider types</source>
        <translation>Anbietertypen</translation>
    </message>
    <message>
        <source>This app has no authentication providers yet.</source>
        <translation>Diese App hat noch keine Authentifizierungsanbieter.</translation>
    </message>
    <message>
        <source>O&amp;peration:</source>
        <translation>&amp;Vorgang:</translation>
    </message>
    <message>
        <source>Provider t&amp;ypes:</source>
        <translation>Anbieter&amp;typen:</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>*/5 * * * *</source>
        <translation>*/5 * * * *</translation>
    </message>
    <message>
        <source>S&amp;kip events missed while suspended or disabled</source>
        <translation>Ereignisse über&amp;springen, die während Aussetzung oder Deaktivierung verpasst wurden</translation>
    </message>
    <message>
        <source>Five cron fields: minute, hour, day of month, month, day of week. “*/5 * * * *” runs every five minutes.</source>
        <translation>Fünf Cron-Felder: Minute, Stunde, Tag des Monats, Monat, Wochentag. „*/5 * * * *“ läuft alle fünf Minuten.</translation>
    </message>
    <message>
        <source>Sc&amp;hedule:</source>
        <translation>&amp;Zeitplan:</translation>
    </message>
    <message>
        <source>The trigger “%1” of %2 was suspended after its function failed repeatedly. Open it in Triggers to resume it.</source>
        <translation>Der Trigger „%1“ von %2 wurde ausgesetzt, nachdem seine Funktion wiederholt fehlgeschlagen ist. Öffnen Sie ihn unter „Trigger“, um ihn fortzusetzen.</translation>
    </message>
    <message>
        <source>Trigger suspended</source>
        <translation>Trigger ausgesetzt</translation>
    </message>
</context>
<context>
    <name>UserListModel</name>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>aktiviert</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Identities</source>
        <translation>Identitäten</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>Letzte Anmeldung</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
</context>
<context>
    <name>UsersPanel</name>
    <message>
        <source>Enter an email address.</source>
        <translation>Geben Sie eine E-Mail-Adresse ein.</translation>
    </message>
    <message>
        <source>“%1” is not an email address.</source>
        <translation>„%1“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>A password has 6 to 128 characters.</source>
        <translation>Ein Passwort hat 6 bis 128 Zeichen.</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Loading users</source>
        <translation>Lade Benutzer</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Benutzer</translation>
    </message>
    <message>
        <source>&amp;Pending registrations</source>
        <translation>&amp;Ausstehende Registrierungen</translation>
    </message>
    <message>
        <source>Filter by name, email, id, identity, type</source>
        <translation>Nach Name, E-Mail, ID, Identität, Typ filtern</translation>
    </message>
    <message>
        <source>Filter users</source>
        <translation>Benutzer filtern</translation>
    </message>
    <message>
        <source>&amp;Load all</source>
        <translation>&amp;Alle laden</translation>
    </message>
    <message>
        <source>Load every page of users, so the filter covers them all</source>
        <translation>Jede Seite der Benutzer laden, damit der Filter alle erfasst</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>Create an email/password user (Ctrl+N)</source>
        <translation>E-Mail/Passwort-Benutzer anlegen (Strg+N)</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Aktivieren</translation>
    </message>
    <message>
        <source>Enable the selected users</source>
        <translation>Ausgewählte Benutzer aktivieren</translation>
    </message>
    <message>
        <source>D&amp;isable</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <source>Disable the selected users (they are logged out too)</source>
        <translation>Ausgewählte Benutzer deaktivieren (sie werden auch abgemeldet)</translation>
    </message>
    <message>
        <source>Log &amp;out everywhere</source>
        <translation>Überall &amp;abmelden</translation>
    </message>
    <message>
        <source>Revoke every session of the selected users</source>
        <translation>Jede Sitzung der ausgewählten Benutzer widerrufen</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Delete the selected users (Del)</source>
        <translation>Ausgewählte Benutzer löschen (Entf)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Load the users again (F5)</source>
        <translation>Benutzer neu laden (F5)</translation>
    </message>
    <message>
        <source>No user selected</source>
        <translation>Kein Benutzer ausgewählt</translation>
    </message>
    <message>
        <source>Identities of the user</source>
        <translation>Identitäten des Benutzers</translation>
    </message>
    <message>
        <source>Identities</source>
        <translation>Identitäten</translation>
    </message>
    <message>
        <source>Devices of the user</source>
        <translation>Geräte des Benutzers</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>Data of the user</source>
        <translation>Daten des Benutzers</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Email of a pending registration</source>
        <translation>E-Mail einer ausstehenden Registrierung</translation>
    </message>
    <message>
        <source>Look up a pending registration by email</source>
        <translation>Eine ausstehende Registrierung per E-Mail suchen</translation>
    </message>
    <message>
        <source>Look &amp;up</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Find the pending registration of this email</source>
        <translation>Die ausstehende Registrierung dieser E-Mail finden</translation>
    </message>
    <message>
        <source>Pending registrations</source>
        <translation>Ausstehende Registrierungen</translation>
    </message>
    <message>
        <source>&amp;Resend confirmation</source>
        <translation>Bestätigung erneut &amp;senden</translation>
    </message>
    <message>
        <source>Send the confirmation email again (send_confirm)</source>
        <translation>Die Bestätigungs-E-Mail erneut senden (send_confirm)</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>&amp;Bestätigen</translation>
    </message>
    <message>
        <source>Confirm the registration: the pending user becomes a user</source>
        <translation>Die Registrierung bestätigen: Der ausstehende Benutzer wird ein Benutzer</translation>
    </message>
    <message>
        <source>Delete the selected pending registrations (Del)</source>
        <translation>Ausgewählte ausstehende Registrierungen löschen (Entf)</translation>
    </message>
    <message>
        <source>Load the pending registrations again (F5)</source>
        <translation>Ausstehende Registrierungen neu laden (F5)</translation>
    </message>
    <message>
        <source>Users of %1</source>
        <translation>Benutzer von %1</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n Benutzer</numerusform>
            <numerusform>%n Benutzer</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 users loaded, more on the server</source>
        <translation>%1 Benutzer geladen, weitere auf dem Server</translation>
    </message>
    <message>
        <source>&amp;Pending registrations (%1)</source>
        <translation>&amp;Ausstehende Registrierungen (%1)</translation>
    </message>
    <message>
        <source>Choose an app in Apps to see its users.</source>
        <translation>Wählen Sie unter „Apps“ eine App, um ihre Benutzer zu sehen.</translation>
    </message>
    <message>
        <source>No registration waits for a confirmation.</source>
        <translation>Keine Registrierung wartet auf eine Bestätigung.</translation>
    </message>
    <message>
        <source>Email/password registrations waiting for their email to be confirmed.</source>
        <translation>E-Mail/Passwort-Registrierungen, deren E-Mail noch bestätigt werden muss.</translation>
    </message>
    <message>
        <source>This app has no users yet. New… creates an email/password user.</source>
        <translation>Diese App hat noch keine Benutzer. „Neu…“ legt einen E-Mail/Passwort-Benutzer an.</translation>
    </message>
    <message>
        <source>No loaded user matches “%1”. Load all to search every user.</source>
        <translation>Kein geladener Benutzer passt zu „%1“. „Alle laden“ durchsucht jeden Benutzer.</translation>
    </message>
    <message>
        <source>No user matches “%1”.</source>
        <translation>Kein Benutzer passt zu „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>The filter covers the %n loaded user(s) only. Load all to search every user.</source>
        <translation>
            <numerusform>Der Filter erfasst nur den %n geladenen Benutzer. „Alle laden“ durchsucht jeden Benutzer.</numerusform>
            <numerusform>Der Filter erfasst nur die %n geladenen Benutzer. „Alle laden“ durchsucht jeden Benutzer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select users to enable, disable, log out or delete them together.</source>
        <translation>Wählen Sie Benutzer, um sie gemeinsam zu aktivieren, zu deaktivieren, abzumelden oder zu löschen.</translation>
    </message>
    <message>
        <source>Devices (%1)</source>
        <translation>Geräte (%1)</translation>
    </message>
    <message>
        <source>Select a user to see its identities, devices and data.</source>
        <translation>Wählen Sie einen Benutzer, um seine Identitäten, Geräte und Daten zu sehen.</translation>
    </message>
    <message>
        <source>ID %1 · %2 · created %3 · last login %4%5</source>
        <translation>ID %1 · %2 · angelegt %3 · letzte Anmeldung %4%5</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source> · disabled</source>
        <translation> · deaktiviert</translation>
    </message>
    <message>
        <source>Identities (%1)</source>
        <translation>Identitäten (%1)</translation>
    </message>
    <message>
        <source>New User</source>
        <translation>Neuer Benutzer</translation>
    </message>
    <message>
        <source>Email of the new user</source>
        <translation>E-Mail des neuen Benutzers</translation>
    </message>
    <message>
        <source>Password of the new user</source>
        <translation>Passwort des neuen Benutzers</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>An email/password (local-userpass) user, confirmed at once.</source>
        <translation>Ein E-Mail/Passwort-Benutzer (local-userpass), sofort bestätigt.</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Created the user “%1”.</source>
        <translation>Benutzer „%1“ angelegt.</translation>
    </message>
    <message numerus="yes">
        <source>Disabled %n user(s).</source>
        <translation>
            <numerusform>%n Benutzer deaktiviert.</numerusform>
            <numerusform>%n Benutzer deaktiviert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Enabled %n user(s).</source>
        <translation>
            <numerusform>%n Benutzer aktiviert.</numerusform>
            <numerusform>%n Benutzer aktiviert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Logged %n user(s) out of every session.</source>
        <translation>
            <numerusform>%n Benutzer aus jeder Sitzung abgemeldet.</numerusform>
            <numerusform>%n Benutzer aus jeder Sitzung abgemeldet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the user “%1”? Its identities and sessions go with it. This cannot be undone.</source>
        <translation>Den Benutzer „%1“ löschen? Seine Identitäten und Sitzungen werden mit gelöscht. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete these %1 users? Their identities and sessions go with them. This cannot be undone.

%2</source>
        <translation>Diese %1 Benutzer löschen? Ihre Identitäten und Sitzungen werden mit gelöscht. Das lässt sich nicht rückgängig machen.

%2</translation>
    </message>
    <message>
        <source>Delete User</source>
        <translation>Benutzer löschen</translation>
    </message>
    <message>
        <source>Delete Users</source>
        <translation>Benutzer löschen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>delete %1 users</source>
        <translation>%1 Benutzer löschen</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n user(s).</source>
        <translation>
            <numerusform>%n Benutzer gelöscht.</numerusform>
            <numerusform>%n Benutzer gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>No pending registration for “%1”. It may be confirmed already: look for it in Users.</source>
        <translation>Keine ausstehende Registrierung für „%1“. Sie ist vielleicht schon bestätigt: Suchen Sie unter „Benutzer“.</translation>
    </message>
    <message>
        <source>The pending registrations are still loading.</source>
        <translation>Die ausstehenden Registrierungen werden noch geladen.</translation>
    </message>
    <message>
        <source>“%1” waits for its confirmation.</source>
        <translation>„%1“ wartet auf seine Bestätigung.</translation>
    </message>
    <message>
        <source>Sent the confirmation to “%1” again.</source>
        <translation>Bestätigung erneut an „%1“ gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>Confirmed %n registration(s).</source>
        <translation>
            <numerusform>%n Registrierung bestätigt.</numerusform>
            <numerusform>%n Registrierungen bestätigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the pending registration of “%1”? Its confirmation link stops working.</source>
        <translation>Die ausstehende Registrierung von „%1“ löschen? Ihr Bestätigungslink funktioniert dann nicht mehr.</translation>
    </message>
    <message>
        <source>Delete these %1 pending registrations? Their confirmation links stop working.

%2</source>
        <translation>Diese %1 ausstehenden Registrierungen löschen? Ihre Bestätigungslinks funktionieren dann nicht mehr.

%2</translation>
    </message>
    <message>
        <source>Delete Pending Registrations</source>
        <translation>Ausstehende Registrierungen löschen</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n pending registration(s).</source>
        <translation>
            <numerusform>%n ausstehende Registrierung gelöscht.</numerusform>
            <numerusform>%n ausstehende Registrierungen gelöscht.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ValueListModel</name>
    <message>
        <source>private</source>
        <translation>privat</translation>
    </message>
    <message>
        <source>public</source>
        <translation>öffentlich</translation>
    </message>
    <message>
        <source>Only functions can read it</source>
        <translation>Nur Funktionen können ihn lesen</translation>
    </message>
    <message>
        <source>Client applications can read it</source>
        <translation>Client-Anwendungen können ihn lesen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privat</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>value not read yet</source>
        <translation>Wert noch nicht gelesen</translation>
    </message>
    <message>
        <source>secret “%1”</source>
        <translation>Geheimnis „%1“</translation>
    </message>
</context>
<context>
    <name>ValuesPanel</name>
    <message>
        <source>Enter a name.</source>
        <translation>Geben Sie einen Namen ein.</translation>
    </message>
    <message>
        <source>A value name has 1 to 64 letters, digits, “_” or “-”.</source>
        <translation>Ein Wertname hat 1 bis 64 Buchstaben, Ziffern, „_“ oder „-“.</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Werte</translation>
    </message>
    <message>
        <source>Filter by name</source>
        <translation>Nach Name filtern</translation>
    </message>
    <message>
        <source>Filter values</source>
        <translation>Werte filtern</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>Create a value (Ctrl+N)</source>
        <translation>Wert anlegen (Strg+N)</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>Rename the selected value (F2)</source>
        <translation>Ausgewählten Wert umbenennen (F2)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Delete the selected values (Del)</source>
        <translation>Ausgewählte Werte löschen (Entf)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Load the values again (F5)</source>
        <translation>Werte neu laden (F5)</translation>
    </message>
    <message>
        <source>Loading values</source>
        <translation>Lade Werte</translation>
    </message>
    <message>
        <source>No value selected</source>
        <translation>Kein Wert ausgewählt</translation>
    </message>
    <message>
        <source>&amp;Private: only functions can read it</source>
        <translation>&amp;Privat: Nur Funktionen können ihn lesen</translation>
    </message>
    <message>
        <source>Value as JSON</source>
        <translation>Wert als JSON</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the value (Ctrl+S)</source>
        <translation>Wert speichern (Strg+S)</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Show the saved value again</source>
        <translation>Den gespeicherten Wert wieder anzeigen</translation>
    </message>
    <message>
        <source>Values of %1</source>
        <translation>Werte von %1</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s)</source>
        <translation>
            <numerusform>%n Wert</numerusform>
            <numerusform>%n Werte</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (changed)</source>
        <translation>%1 (geändert)</translation>
    </message>
    <message>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>Choose an app in Apps to see its values.</source>
        <translation>Wählen Sie unter „Apps“ eine App, um ihre Werte zu sehen.</translation>
    </message>
    <message>
        <source>This app has no values yet. New… creates one.</source>
        <translation>Diese App hat noch keine Werte. „Neu…“ legt einen an.</translation>
    </message>
    <message>
        <source>No value matches “%1”.</source>
        <translation>Kein Wert passt zu „%1“.</translation>
    </message>
    <message>
        <source>Values are constants your functions read with context.values.get(&quot;name&quot;).</source>
        <translation>Werte sind Konstanten, die Ihre Funktionen mit context.values.get(&quot;name&quot;) lesen.</translation>
    </message>
    <message>
        <source>Unsaved Value</source>
        <translation>Ungespeicherter Wert</translation>
    </message>
    <message>
        <source>The value “%1” has changes that are not saved.</source>
        <translation>Der Wert „%1“ hat ungespeicherte Änderungen.</translation>
    </message>
    <message>
        <source>Saved the value “%1”.</source>
        <translation>Wert „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>New Value</source>
        <translation>Neuer Wert</translation>
    </message>
    <message>
        <source>&amp;Name of the new value:</source>
        <translation>&amp;Name des neuen Werts:</translation>
    </message>
    <message>
        <source>Created the value “%1”.</source>
        <translation>Wert „%1“ angelegt.</translation>
    </message>
    <message>
        <source>Rename Value</source>
        <translation>Wert umbenennen</translation>
    </message>
    <message>
        <source>New &amp;name for “%1”:</source>
        <translation>Neuer &amp;Name für „%1“:</translation>
    </message>
    <message>
        <source>Renamed the value to “%1”.</source>
        <translation>Wert in „%1“ umbenannt.</translation>
    </message>
    <message>
        <source>Delete the value “%1”? Functions that read it will get undefined. This cannot be undone.</source>
        <translation>Den Wert „%1“ löschen? Funktionen, die ihn lesen, erhalten undefined. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete these %1 values? Functions that read them will get undefined. This cannot be undone.

%2</source>
        <translation>Diese %1 Werte löschen? Funktionen, die sie lesen, erhalten undefined. Das lässt sich nicht rückgängig machen.

%2</translation>
    </message>
    <message>
        <source>Delete Value</source>
        <translation>Wert löschen</translation>
    </message>
    <message>
        <source>Delete Values</source>
        <translation>Werte löschen</translation>
    </message>
    <message>
        <source>delete %1 values</source>
        <translation>%1 Werte löschen</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n value(s).</source>
        <translation>
            <numerusform>%n Wert gelöscht.</numerusform>
            <numerusform>%n Werte gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the name of the secret it reads</source>
        <translation>%1: der Name des Geheimnisses, das er liest</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Geheimnisse</translation>
    </message>
    <message>
        <source>Credentials: values you set but never read back</source>
        <translation>Zugangsdaten: Werte, die Sie setzen, aber nie zurücklesen</translation>
    </message>
</context>
<context>
    <name>VariablesModel</name>
    <message>
        <source>Local</source>
        <translation>Lokal</translation>
    </message>
    <message>
        <source>Closure</source>
        <translation>Closure</translation>
    </message>
    <message>
        <source>Closure (%1)</source>
        <translation>Closure (%1)</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Block</translation>
    </message>
    <message>
        <source>Catch</source>
        <translation>Catch</translation>
    </message>
    <message>
        <source>(not available)</source>
        <translation>(nicht verfügbar)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>apikeycalls</name>
    <message>
        <source>expected a list of API keys</source>
        <translation>Liste von API-Schlüsseln erwartet</translation>
    </message>
    <message>
        <source>an API key without _id</source>
        <translation>ein API-Schlüssel ohne _id</translation>
    </message>
    <message>
        <source>expected an API key object</source>
        <translation>API-Schlüssel-Objekt erwartet</translation>
    </message>
</context>
<context>
    <name>dependencycalls</name>
    <message>
        <source>expected the dependencies object</source>
        <translation>Abhängigkeits-Objekt erwartet</translation>
    </message>
    <message>
        <source>dependencies_list is not a list</source>
        <translation>dependencies_list ist keine Liste</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>draftcalls</name>
    <message>
        <source>a draft without an _id</source>
        <translation>ein Entwurf ohne _id</translation>
    </message>
    <message>
        <source>expected a deployment object</source>
        <translation>Bereitstellungsobjekt erwartet</translation>
    </message>
    <message>
        <source>expected a list of drafts</source>
        <translation>Liste von Entwürfen erwartet</translation>
    </message>
    <message>
        <source>expected a draft object</source>
        <translation>Entwurfsobjekt erwartet</translation>
    </message>
    <message>
        <source>expected a draft diff object</source>
        <translation>Entwurfs-Diff-Objekt erwartet</translation>
    </message>
    <message>
        <source>the diff&apos;s diffs is not a list</source>
        <translation>„diffs“ des Diffs ist keine Liste</translation>
    </message>
    <message>
        <source>a deployment without an _id</source>
        <translation>eine Bereitstellung ohne _id</translation>
    </message>
    <message>
        <source>expected a list of deployments</source>
        <translation>Liste von Bereitstellungen erwartet</translation>
    </message>
</context>
<context>
    <name>exportedsources</name>
    <message>
        <source>The export is empty.</source>
        <translation>Der Export ist leer.</translation>
    </message>
</context>
<context>
    <name>hostingcalls</name>
    <message>
        <source>expected a hosted asset object</source>
        <translation>Objekt einer gehosteten Datei erwartet</translation>
    </message>
    <message>
        <source>A hosting path must start with “/”.</source>
        <translation>Ein Hosting-Pfad muss mit „/“ beginnen.</translation>
    </message>
    <message>
        <source>A hosting path may not be longer than 1,024 bytes.</source>
        <translation>Ein Hosting-Pfad darf nicht länger als 1.024 Bytes sein.</translation>
    </message>
    <message>
        <source>A hosting path may not contain an empty folder name (“//”).</source>
        <translation>Ein Hosting-Pfad darf keinen leeren Ordnernamen („//“) enthalten.</translation>
    </message>
    <message>
        <source>A hosting path may not contain a backslash.</source>
        <translation>Ein Hosting-Pfad darf keinen Backslash enthalten.</translation>
    </message>
    <message>
        <source>A hosting path may not contain control characters.</source>
        <translation>Ein Hosting-Pfad darf keine Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <source>A hosting path may not contain “.” or “..” folders.</source>
        <translation>Ein Hosting-Pfad darf keine Ordner „.“ oder „..“ enthalten.</translation>
    </message>
    <message>
        <source>A file or folder name may not be longer than 255 bytes.</source>
        <translation>Ein Datei- oder Ordnername darf nicht länger als 255 Bytes sein.</translation>
    </message>
    <message>
        <source>a hosted asset without a path</source>
        <translation>eine gehostete Datei ohne Pfad</translation>
    </message>
    <message>
        <source>expected a list of hosted assets</source>
        <translation>Liste gehosteter Dateien erwartet</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 changed since it was planned (%2 bytes, now %3).</source>
        <translation>%1 hat sich seit der Planung geändert (%2 Bytes, jetzt %3).</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop administration console for MongoDB Stitch</source>
        <translation>Desktop-Verwaltungskonsole für MongoDB Stitch</translation>
    </message>
    <message>
        <source>Sign in to the profile NAME at once.</source>
        <translation>Sofort beim Profil NAME anmelden.</translation>
    </message>
    <message>
        <source>Keep the built-in local server&apos;s data in DIR.</source>
        <translation>Die Daten des eingebauten lokalen Servers in DIR ablegen.</translation>
    </message>
    <message>
        <source>Print start-up milestones and quit when idle.</source>
        <translation>Start-Meilensteine ausgeben und im Leerlauf beenden.</translation>
    </message>
</context>
<context>
    <name>overviewcalls</name>
    <message>
        <source>expected an object</source>
        <translation>Objekt erwartet</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>Liste erwartet</translation>
    </message>
    <message>
        <source>expected a list of deployments</source>
        <translation>Liste von Bereitstellungen erwartet</translation>
    </message>
</context>
<context>
    <name>panelkit</name>
    <message>
        <source>A user with this email already exists.</source>
        <translation>Ein Benutzer mit dieser E-Mail existiert bereits.</translation>
    </message>
    <message>
        <source>An API key with this name already exists: choose another name.</source>
        <translation>Ein API-Schlüssel mit diesem Namen existiert bereits: Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>That user or registration is gone: it was deleted or confirmed elsewhere. Refresh to see the current list.</source>
        <translation>Dieser Benutzer oder diese Registrierung ist nicht mehr da: anderswo gelöscht oder bestätigt. Aktualisieren Sie, um die aktuelle Liste zu sehen.</translation>
    </message>
    <message>
        <source>That API key is gone: it was deleted elsewhere. Refresh to see the current list.</source>
        <translation>Dieser API-Schlüssel ist nicht mehr da: Er wurde anderswo gelöscht. Aktualisieren Sie, um die aktuelle Liste zu sehen.</translation>
    </message>
    <message>
        <source>That registration is confirmed already: the user is in Users.</source>
        <translation>Diese Registrierung ist bereits bestätigt: Der Benutzer steht unter „Benutzer“.</translation>
    </message>
    <message>
        <source>The server refused the input: %1</source>
        <translation>Der Server hat die Eingabe abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>parse</name>
    <message>
        <source>auth providers</source>
        <translation>Anmeldeanbieter</translation>
    </message>
    <message>
        <source>login</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>%1: the field &quot;access_token&quot; is empty</source>
        <translation>%1: das Feld &quot;access_token&quot; ist leer</translation>
    </message>
    <message>
        <source>admin profile</source>
        <translation>Administratorprofil</translation>
    </message>
    <message>
        <source>roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>app</source>
        <translation>App</translation>
    </message>
    <message>
        <source>app: the field &quot;_id&quot; is empty</source>
        <translation>App: das Feld &quot;_id&quot; ist leer</translation>
    </message>
    <message>
        <source>apps</source>
        <translation>Apps</translation>
    </message>
    <message>
        <source>function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>function: the answer is not an object</source>
        <translation>Funktion: die Antwort ist kein Objekt</translation>
    </message>
    <message>
        <source>function list: the answer is not an array</source>
        <translation>Funktionsliste: die Antwort ist kein Array</translation>
    </message>
    <message>
        <source>function run: the answer is not an object</source>
        <translation>Funktionsausführung: die Antwort ist kein Objekt</translation>
    </message>
    <message>
        <source>user</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>user list: the answer is not an array</source>
        <translation>Benutzerliste: die Antwort ist kein Array</translation>
    </message>
    <message>
        <source>%1: the field &quot;%2&quot; is missing</source>
        <translation>%1: Das Feld „%2“ fehlt</translation>
    </message>
    <message>
        <source>%1: the field &quot;%2&quot; is not a string</source>
        <translation>%1: Das Feld „%2“ ist keine Zeichenkette</translation>
    </message>
    <message>
        <source>%1: the field &quot;%2&quot; is not a boolean</source>
        <translation>%1: Das Feld „%2“ ist kein Wahrheitswert</translation>
    </message>
    <message>
        <source>%1: the field &quot;%2&quot; is not an array</source>
        <translation>%1: Das Feld „%2“ ist kein Array</translation>
    </message>
    <message>
        <source>%1: the field &quot;%2&quot; is not an object</source>
        <translation>%1: Das Feld „%2“ ist kein Objekt</translation>
    </message>
    <message>
        <source>%1: expected a JSON object</source>
        <translation>%1: JSON-Objekt erwartet</translation>
    </message>
    <message>
        <source>%1: expected a JSON array</source>
        <translation>%1: JSON-Array erwartet</translation>
    </message>
    <message>
        <source>%1[%2]: expected a JSON object</source>
        <translation>%1[%2]: JSON-Objekt erwartet</translation>
    </message>
    <message>
        <source>%1[%2]: %3</source>
        <translation>%1[%2]: %3</translation>
    </message>
    <message>
        <source>auth provider</source>
        <translation>Authentifizierungsanbieter</translation>
    </message>
    <message>
        <source>role</source>
        <translation>Rolle</translation>
    </message>
</context>
<context>
    <name>resourcedoc</name>
    <message>
        <source>expected an object</source>
        <translation>Objekt erwartet</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>Liste erwartet</translation>
    </message>
    <message>
        <source>expected a list of objects</source>
        <translation>Liste von Objekten erwartet</translation>
    </message>
</context>
<context>
    <name>secretcalls</name>
    <message>
        <source>a secret without a name</source>
        <translation>ein Geheimnis ohne Namen</translation>
    </message>
    <message>
        <source>expected a list of secrets</source>
        <translation>Liste von Geheimnissen erwartet</translation>
    </message>
    <message>
        <source>expected a secret object</source>
        <translation>Geheimnis-Objekt erwartet</translation>
    </message>
</context>
<context>
    <name>securitycalls</name>
    <message>
        <source>Enter an origin such as https://example.com.</source>
        <translation>Geben Sie einen Ursprung wie https://example.com ein.</translation>
    </message>
    <message>
        <source>An origin has no spaces.</source>
        <translation>Ein Ursprung enthält keine Leerzeichen.</translation>
    </message>
    <message>
        <source>“%1” is not scheme://host[:port].</source>
        <translation>„%1“ hat nicht die Form scheme://host[:port].</translation>
    </message>
    <message>
        <source>An origin starts with http:// or https://.</source>
        <translation>Ein Ursprung beginnt mit http:// oder https://.</translation>
    </message>
    <message>
        <source>An origin has no user name or password.</source>
        <translation>Ein Ursprung enthält keinen Benutzernamen und kein Passwort.</translation>
    </message>
    <message>
        <source>An origin ends after the host and port: remove “%1”.</source>
        <translation>Ein Ursprung endet nach Host und Port: Entfernen Sie „%1“.</translation>
    </message>
</context>
<context>
    <name>triggercalls</name>
    <message>
        <source>expected a trigger object</source>
        <translation>Trigger-Objekt erwartet</translation>
    </message>
    <message>
        <source>a trigger without a name</source>
        <translation>ein Trigger ohne Namen</translation>
    </message>
</context>
<context>
    <name>usercalls</name>
    <message>
        <source>expected a user object</source>
        <translation>Benutzerobjekt erwartet</translation>
    </message>
    <message>
        <source>expected a list of devices</source>
        <translation>Liste von Geräten erwartet</translation>
    </message>
</context>
<context>
    <name>valuecalls</name>
    <message>
        <source>expected a value object</source>
        <translation>Wert-Objekt erwartet</translation>
    </message>
    <message>
        <source>a value without a name</source>
        <translation>ein Wert ohne Namen</translation>
    </message>
    <message>
        <source>expected a list of values</source>
        <translation>Liste von Werten erwartet</translation>
    </message>
</context>
</TS>
