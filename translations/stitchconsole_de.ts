<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
        <source>expected a list of values</source>
        <translation>eine Liste von Werten erwartet</translation>
    </message>
    <message>
        <source>a value without a name</source>
        <translation>ein Wert ohne Namen</translation>
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
    <name>DiffView</name>
    <message>
        <source>Your version</source>
        <translation>Ihre Version</translation>
    </message>
    <message>
        <source>Server version</source>
        <translation>Version des Servers</translation>
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
    <name>FunctionEditorTab</name>
    <message>
        <source>Can evaluate must be a JSON object.</source>
        <translation>„Can evaluate“ muss ein JSON-Objekt sein.</translation>
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
        <translation>Can evaluate (JSON-Ausdruck)</translation>
    </message>
    <message>
        <source>A JSON expression that must evaluate to true for the function to run in response to a request; empty means always</source>
        <translation>Ein JSON-Ausdruck, der „true“ ergeben muss, damit die Funktion auf eine Anfrage hin läuft; leer bedeutet immer</translation>
    </message>
    <message>
        <source>Can evaluate validity</source>
        <translation>Gültigkeit von „Can evaluate“</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Can evaluate:</source>
        <translation>&amp;Can evaluate:</translation>
    </message>
    <message>
        <source>“%1” was deleted on the server. Your buffer is kept; saving creates the function again.</source>
        <translation>„%1“ wurde auf dem Server gelöscht. Ihr Puffer bleibt erhalten; Speichern legt die Funktion neu an.</translation>
    </message>
    <message>
        <source>Can evaluate is not usable: %1</source>
        <translation>„Can evaluate“ ist nicht verwendbar: %1</translation>
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
    <message numerus="yes">
        <source>%n matches</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
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
        <source>Exported to %1</source>
        <translation>Nach %1 exportiert</translation>
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
        <source>Apps</source>
        <translation>Apps</translation>
    </message>
    <message>
        <source>Create, delete and export the apps of the current group</source>
        <translation>Die Apps der aktuellen Gruppe erstellen, löschen und exportieren</translation>
    </message>
    <message>
        <source>Functions</source>
        <translation>Funktionen</translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation>Trigger</translation>
    </message>
    <message>
        <source>Hosting</source>
        <translation>Hosting</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Protokolle</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Werte</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <source>Auth Providers</source>
        <translation>Authentifizierungsanbieter</translation>
    </message>
    <message>
        <source>Push</source>
        <translation>Push</translation>
    </message>
    <message>
        <source>API Keys</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation>Bereitstellen</translation>
    </message>
    <message>
        <source>Coming in a later release</source>
        <translation>Kommt in einer späteren Version</translation>
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
        <source> Group: </source>
        <translation> Gruppe: </translation>
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
        <source>Browse, filter, tail and export the current app&apos;s logs</source>
        <translation>Die Protokolle der aktuellen App durchsuchen, filtern, mitlesen und exportieren</translation>
    </message>
    <message>
        <source>Edit, save and test-run the functions of the current app</source>
        <translation>Die Funktionen der aktuellen App bearbeiten, speichern und testweise ausführen</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Some functions have changes that are not saved on the server.</source>
        <translation>Einige Funktionen haben Änderungen, die nicht auf dem Server gespeichert sind.</translation>
    </message>
    <message>
        <source>Discard them and close the window?</source>
        <translation>Änderungen verwerfen und das Fenster schließen?</translation>
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
    <name>Reader</name>
    <message>
        <source>%1: the field &quot;%2&quot; is missing</source>
        <translation>%1: das Feld &quot;%2&quot; fehlt</translation>
    </message>
    <message>
        <source>%1: the field &quot;%2&quot; is not a string</source>
        <translation>%1: das Feld &quot;%2&quot; ist keine Zeichenkette</translation>
    </message>
    <message>
        <source>%1: the field &quot;%2&quot; is not a boolean</source>
        <translation>%1: das Feld &quot;%2&quot; ist kein Wahrheitswert</translation>
    </message>
    <message>
        <source>%1: the field &quot;%2&quot; is not an array</source>
        <translation>%1: das Feld &quot;%2&quot; ist kein Array</translation>
    </message>
    <message>
        <source>%1: the field &quot;%2&quot; is not an object</source>
        <translation>%1: das Feld &quot;%2&quot; ist kein Objekt</translation>
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
        <source>Run as</source>
        <translation>Ausführen als</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
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
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Roh</translation>
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
        <source>%1 (disabled)</source>
        <translation>%1 (deaktiviert)</translation>
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
    <name>SecretStore</name>
    <message>
        <source>The system keychain cannot be used (%1), so secrets are not saved.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verwendbar (%1), daher werden keine Geheimnisse gespeichert.</translation>
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
</context>
</TS>
