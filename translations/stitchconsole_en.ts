<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message>
        <source>you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiClient</name>
    <message>
        <source>The request was not sent: a path segment was empty, &quot;.&quot; or &quot;..&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer within %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>The server&apos;s answer was not understood: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (HTTP %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response body (first %1 bytes):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request refused before sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local file unreadable or changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list of pending users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list of origins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected {&quot;features&quot;: [...]}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list of databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a database name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected {documents, count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected {imported, skipped}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiKeyListModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiKeysPanel</name>
    <message>
        <source>Enter a name for the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An API key name has at most 100 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter API keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an API key (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable the selected keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;isable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable the selected keys: clients using them are refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected keys (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the keys again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading API keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API Keys of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n key</numerusform>
            <numerusform>%n keys</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an app in Apps to see its API keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This app has no API keys. New… creates one; its key is shown once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key authenticates a server or script as an app user. Its secret is shown only when it is created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a key to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n keys selected.</source>
        <translation>
            <numerusform>%n key selected.</numerusform>
            <numerusform>%n keys selected.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key no longer exists: it was deleted elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled: clients using it are refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key itself was shown once, when it was created; it cannot be shown again. Delete it and create another if it was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New API Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the API key “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API Key “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy this key now. It is shown only this once: neither the server nor the console can show it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Enabled %n API key(s).</source>
        <translation>
            <numerusform>Enabled %n API key.</numerusform>
            <numerusform>Enabled %n API keys.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Disabled %n API key(s).</source>
        <translation>
            <numerusform>Disabled %n API key.</numerusform>
            <numerusform>Disabled %n API keys.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the API key “%1”? Clients using it can no longer log in. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete these %1 API keys? Clients using them can no longer log in. This cannot be undone.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete API Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete API Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete %1 keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n API key(s).</source>
        <translation>
            <numerusform>Deleted %n API key.</numerusform>
            <numerusform>Deleted %n API keys.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppCodePanel</name>
    <message>
        <source>App as code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder under version control, e.g. ~/src/my-app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the app&apos;s folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pull to Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the app into the folder: a second pull of an unchanged app changes no byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a push of the folder would change on the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App to promote to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare &amp;with App</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What promoting the current app to the chosen app would change there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dry Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the calls a push would make, without making them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ush as Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the calls inside a draft, then review it in Deploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review on Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch to the app promoted to and review its draft before deploying it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wa&amp;tch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push functions to this Local app as they are saved in the folder (no draft; never deletes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watching %1 → %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls of the push</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calls of a dry run or a push, with their outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pull the app into a folder, or compare a folder (or another app) with it: the differences show here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watching %1 → %2: saved functions are pushed as they are saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the app… %1 of %2 calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app cannot be written as a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hashing the folder&apos;s hosting files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the app…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pull failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Pulled into %1: %n file(s) written.</source>
        <translation>
            <numerusform>Pulled into %1: %n file written.</numerusform>
            <numerusform>Pulled into %1: %n files written.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder cannot be pushed:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder has problems (see above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder → %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wanted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No differences: a push would change nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignored (not part of an app): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values that name secrets (secrets are never copied; check that %1 has them): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n call(s) on %1, nothing sent.</source>
        <translation>
            <numerusform>Dry run: %n call on %1, nothing sent.</numerusform>
            <numerusform>Dry run: %n calls on %1, nothing sent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pushing… %1 of %2 calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed since the comparison: compare again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The push stopped: the draft holds what landed; compare and push again to complete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Pushed %n change(s) into a draft of %1.</source>
        <translation>
            <numerusform>Pushed %n change into a draft of %1.</numerusform>
            <numerusform>Pushed %n changes into a draft of %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to push: %1 already matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile to promote to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another profile signs in separately, with the secret the keychain holds for it (or one you type); the window stays signed in here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promote to: p&amp;rofile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer signed in to %1: choose the profile again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, as %3) is signed in apart from this window; the draft is made there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is a production profile: its deploy asks for the app&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (this window)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promote to an app of this window&apos;s group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in to %1: choose it again to sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (group %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Signed in to %1 (%2) as %3, apart from this window: %n app(s) to promote to.</source>
        <translation>
            <numerusform>Signed in to %1 (%2) as %3, apart from this window: %n app to promote to.</numerusform>
            <numerusform>Signed in to %1 (%2) as %3, apart from this window: %n apps to promote to.</numerusform>
        </translation>
    </message>
    <message>
        <source>The profile to promote to changed: compare again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2 / %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer signed in to the profile promoted to: choose it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review on %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft of “%1” on the profile %2 (%3), signed in apart from this window. Deploy it here, or discard it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a production profile: deploying asks you to type the app&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppCodeWatch</name>
    <message>
        <source>Watch: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch: pushed %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppListModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client app ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment model</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppsPanel</name>
    <message>
        <source>Apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter apps (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the list of apps (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new app in this group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the selected app&apos;s configuration as a .zip file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apps in this group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete App</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the app “%1”? Its functions, values, services, hosting files and logs go with it. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export App</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the app “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the app “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App count</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln app(s)</source>
        <translation>
            <numerusform>%Ln app</numerusform>
            <numerusform>%Ln apps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArchiveWriter</name>
    <message>
        <source>Another console window is writing to this archive: it is open here read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive file is damaged (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive could not be set up: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive is not open for writing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssetTreeModel</name>
    <message numerus="yes">
        <source>%n file(s), %1</source>
        <translation>
            <numerusform>%n file, %1</numerusform>
            <numerusform>%n files, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MD5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last Modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s list of hosted files was not understood: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuthProvidersPanel</name>
    <message>
        <source>Auth Providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auth providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n provider(s)</source>
        <translation>
            <numerusform>%n provider</numerusform>
            <numerusform>%n providers</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an auth provider (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable the selected providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disa&amp;ble</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable the selected providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected providers (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the providers again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm new users automatically (autoConfirm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a confirmation &amp;function (runConfirmationFunction)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmation function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a password &amp;reset function (runResetFunction)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password reset function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmationFunctionName:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resetFunctionName:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This provider type takes no settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication &amp;function:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider configuration as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create or save the provider (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auth Providers of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an app in Apps to see its auth providers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This app has no auth providers yet. New… creates one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users sign in to the app through its enabled providers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New auth provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No provider selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A provider name has 1 to 64 letters, digits, “_” or “-”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the confirmation function.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>emailConfirmationUrl must be an absolute URL (or confirm automatically, or by a function).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the password reset function.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resetPasswordUrl must be an absolute URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the authentication function.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The configuration must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the auth provider “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the auth provider “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Enabled %n provider(s).</source>
        <translation>
            <numerusform>Enabled %n provider.</numerusform>
            <numerusform>Enabled %n providers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Disabled %n provider(s).</source>
        <translation>
            <numerusform>Disabled %n provider.</numerusform>
            <numerusform>Disabled %n providers.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Auth Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Auth Providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the auth provider “%1”? Its users can no longer sign in with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete these %1 auth providers? Their users can no longer sign in with them.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete %1 providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n auth provider(s).</source>
        <translation>
            <numerusform>Deleted %n auth provider.</numerusform>
            <numerusform>Deleted %n auth providers.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AutosaveStore</name>
    <message>
        <source>Cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BusyIndicator</name>
    <message>
        <source>Busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows that the console is waiting for the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallStackModel</name>
    <message>
        <source>%1, line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2, line %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function %1, line %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseForm</name>
    <message>
        <source>Expected &amp;value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error &amp;pattern:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the case checks, e.g. “adds two numbers”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arguments, a JSON array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expectation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected value, JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equals: the result is this value. Contains: every key of an object is in the result with a matching value, and an array&apos;s elements appear in the result&apos;s array in this order (others may come between).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error pattern, a regular expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A regular expression the error message must match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Function:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Arguments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xpect:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (column %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the case a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the function the case runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already has a case named “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arguments: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected value: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the pattern the error message must match (.* for any).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error pattern, at character %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseResultsModel</name>
    <message numerus="yes">
        <source>%n case(s): </source>
        <translation>
            <numerusform>%n case: </numerusform>
            <numerusform>%n cases: </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 passed, %2 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function / case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CasesPane</name>
    <message>
        <source>The cases could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases of function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cases of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a case: arguments, who runs it, and what it should give</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &amp;Selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the selected cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run These Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run every case listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &amp;All Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run every case of every function of the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cance&amp;l Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the runs still waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases run so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results of the run, by function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected and actual result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a case of the run to compare what it expected with what it got.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All functions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Run Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Run Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Run Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n run case(s)? %1</source>
        <translation>
            <numerusform>Delete %n run case? %1</numerusform>
            <numerusform>Delete %n run cases? %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Run Cases of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed: the run gave what the case expects (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandPalette</name>
    <message>
        <source>Command Palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a panel, a command, an app or a function…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1    %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No match</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile is tagged production. Type &lt;b&gt;%1&lt;/b&gt; to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateAppDialog</name>
    <message>
        <source>Create App</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>my-app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deployment model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virginia, USA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oregon, USA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ohio, USA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frankfurt, Germany</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>London, UK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sydney, Australia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mumbai, India</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Singapore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local (single region)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name for the app.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataView</name>
    <message>
        <source>Collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Databases and collections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the databases and collections again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter, e.g. {&quot;status&quot;: &quot;open&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter (Extended JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort, e.g. {&quot;_id&quot;: -1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort (Extended JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Insert…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dele&amp;te…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;mport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a JSON array or JSON lines file of Extended JSON documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents per page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 per page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;xt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a MongoDB service to see its data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only MongoDB services (mongodb-atlas, mongodb) hold data to show here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filter is not JSON: %1 at character %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sort is not JSON: %1 at character %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filter must be a JSON object, such as {&quot;status&quot;: &quot;open&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sort must be a JSON object, such as {&quot;_id&quot;: -1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document (Extended JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A document is a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more line(s)</source>
        <translation>
            <numerusform>… and %n more line</numerusform>
            <numerusform>… and %n more lines</numerusform>
        </translation>
    </message>
    <message>
        <source>Insert Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new document for %1.%2, in Extended JSON. Without an _id, the server gives it an ObjectId.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document replaces the one with _id %1; its _id cannot change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The _id of a document cannot change: insert a copy instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the document with _id %1 from %2.%3?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete these %1 documents from %2.%3?

%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete %1 documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Inserted %n document(s).</source>
        <translation>
            <numerusform>Inserted %n document.</numerusform>
            <numerusform>Inserted %n documents.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved the document with _id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n document(s).</source>
        <translation>
            <numerusform>Deleted %n document.</numerusform>
            <numerusform>Deleted %n documents.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip lines that are not documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Otherwise a bad line stops the import and nothing is imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Collection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose &amp;File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON or JSON lines (*.json *.jsonl *.ndjson);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n document(s) into %1.%2.</source>
        <translation>
            <numerusform>Imported %n document into %1.%2.</numerusform>
            <numerusform>Imported %n documents into %1.%2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %1 documents into %2.%3; skipped %n line(s) that are not documents.</source>
        <translation>
            <numerusform>Imported %1 documents into %2.%3; skipped %n line that is not a document.</numerusform>
            <numerusform>Imported %1 documents into %2.%3; skipped %n lines that are not documents.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported from %1: %n line(s) are not documents.</source>
        <translation>
            <numerusform>Nothing was imported from %1: %n line is not a document.</numerusform>
            <numerusform>Nothing was imported from %1: %n lines are not documents.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import the Rest, &amp;Skipping Them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DebugHover</name>
    <message>
        <source>%1 = %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DebugPane</name>
    <message>
        <source>Co&amp;ntinue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run on to the next breakpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step &amp;Over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the current line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step &amp;Into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step into the function called on this line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step O&amp;ut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run to the end of this function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sto&amp;p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the debug run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause on e&amp;xceptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debugger status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debugger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop where an exception is thrown, caught or not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call stack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete removes the selected watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New watch expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a watch expression…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expression to evaluate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate in the selected frame, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call stac&amp;k:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Variables:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch&amp;es:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evalua&amp;te:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source has changed: the paused run still executes the text as it was when Debug started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart the debug run with the edited source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the debug run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused in %1 at line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;%1&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DebuggerClient</name>
    <message>
        <source>The debugger connection closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The debug session has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The expression did not finish within %n ms.</source>
        <translation>
            <numerusform>The expression did not finish within %n ms.</numerusform>
            <numerusform>The expression did not finish within %n ms.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DependenciesPane</name>
    <message>
        <source>Packages your functions load with require(&apos;name&apos;): upload a .zip, .tar or .tar.gz of a node_modules folder. A new upload replaces them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Upload Archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload a node_modules archive (.zip, .tar, .tar.gz, .tgz)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh Packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the package list again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload Dependencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node_modules archives (*.zip *.tar *.tar.gz *.tgz)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a .zip, .tar, .tar.gz or .tgz archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upload was refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploaded. Unpacking on the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive could not be installed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is still unpacking the archive; Refresh Packages shows them once it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed. Loading the package list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Installed %n package(s).</source>
        <translation>
            <numerusform>Installed %n package.</numerusform>
            <numerusform>Installed %n packages.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DependencyListModel</name>
    <message>
        <source>Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeployPanel</name>
    <message numerus="yes">
        <source>%n deployment(s)</source>
        <translation>
            <numerusform>%n deployment</numerusform>
            <numerusform>%n deployments</numerusform>
        </translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a draft: later edits collect in it until you deploy them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the draft and the history again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosting file %1: %2. The draft&apos;s diff lists hosting files without their content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this deployment changes and why (kept with its history)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deploy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy every change of the draft to the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;iscard Draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throw away every change of the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter deployments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No draft. Edits go straight to the app; start a draft to collect them and review them here before they go live.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft has no changes yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No app selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No draft: edits go straight to the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft is empty: nothing to deploy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Draft: %n change(s)</source>
        <translation>
            <numerusform>Draft: %n change</numerusform>
            <numerusform>Draft: %n changes</numerusform>
        </translation>
    </message>
    <message>
        <source> — %1 configuration file(s), +%2 −%3 lines, %4 hosting file(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Draft Exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You already have a draft of this app. Continue it, or discard its changes and start a new one?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue the Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard It and Start Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discarded the old draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft has no changes: there is nothing to deploy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deploy the draft to “%1”? It changes %n file(s):</source>
        <translation>
            <numerusform>Deploy the draft to “%1”? It changes %n file:</numerusform>
            <numerusform>Deploy the draft to “%1”? It changes %n files:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• %n configuration file(s)</source>
        <translation>
            <numerusform>• %n configuration file</numerusform>
            <numerusform>• %n configuration files</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 line(s) added and %2 removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>• %n hosting file(s)</source>
        <translation>
            <numerusform>• %n hosting file</numerusform>
            <numerusform>• %n hosting files</numerusform>
        </translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes go live for every user of the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deployment was not made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment %1 is %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost track of deployment %1: %2. It may still finish on the server; Refresh (F5) asks again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the server to follow deployment %1 (%2); trying again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server gave no reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment failed: %1. The draft is kept: fix it and deploy again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployed (%1) at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployed the draft to “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Discard the draft of “%1” and its %n change(s)? This cannot be undone.</source>
        <translation>
            <numerusform>Discard the draft of “%1” and its %n change? This cannot be undone.</numerusform>
            <numerusform>Discard the draft of “%1” and its %n changes? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discarded the draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discarded the draft of “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft no longer exists: it was deployed or discarded elsewhere. Your note is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deployments yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a deployment to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diff: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run All &amp;Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run every run case of the app&apos;s functions before deploying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failing run cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running run cases: %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app has no run cases (add them from Functions › Cases…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n run case(s); Deploy runs them first and refuses while any fails (a setting of this profile).</source>
        <translation>
            <numerusform>%n run case; Deploy runs it first and refuses while it fails (a setting of this profile).</numerusform>
            <numerusform>%n run cases; Deploy runs them first and refuses while any fails (a setting of this profile).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run case(s), not run yet.</source>
        <translation>
            <numerusform>%n run case, not run yet.</numerusform>
            <numerusform>%n run cases, not run yet.</numerusform>
        </translation>
    </message>
    <message>
        <source>The run of the cases was stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Deploying now puts failing code live.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run cases are still running: deploy when they are done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running the app&apos;s run cases before deploying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The app&apos;s %n run case(s) have not been run (Run All Cases).</source>
        <translation>
            <numerusform>The app&apos;s %n run case has not been run (Run All Cases).</numerusform>
            <numerusform>The app&apos;s %n run cases have not been run (Run All Cases).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deploy refused: %n run case(s) fail, and this profile blocks deploys while cases fail.</source>
        <translation>
            <numerusform>Deploy refused: %n run case fails, and this profile blocks deploys while cases fail.</numerusform>
            <numerusform>Deploy refused: %n run cases fail, and this profile blocks deploys while cases fail.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Warning: %n run case(s) fail.</source>
        <translation>
            <numerusform>Warning: %n run case fails.</numerusform>
            <numerusform>Warning: %n run cases fail.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiffView</name>
    <message>
        <source>Your version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server version</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>⋯ %n unchanged line(s)</source>
        <translation>
            <numerusform>⋯ %n unchanged line</numerusform>
            <numerusform>⋯ %n unchanged lines</numerusform>
        </translation>
    </message>
    <message>
        <source>Old version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unified diff</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocListModel</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocListPane</name>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentListModel</name>
    <message>
        <source>(no _id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>_id / Field</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftBanner</name>
    <message>
        <source>A draft is open (%1): edits made here go into the draft and reach the app only when it is deployed from Deploy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftFileModel</name>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) added</source>
        <translation>
            <numerusform>%n line added</numerusform>
            <numerusform>%n lines added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) removed</source>
        <translation>
            <numerusform>%n line removed</numerusform>
            <numerusform>%n lines removed</numerusform>
        </translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftIndicator</name>
    <message>
        <source>Review &amp;&amp; Deploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review the draft&apos;s changes and deploy them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft: 10,000 changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftState</name>
    <message>
        <source>Draft: …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft open</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Draft: %n change(s)</source>
        <translation>
            <numerusform>Draft: %n change</numerusform>
            <numerusform>Draft: %n changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindReplaceBar</name>
    <message>
        <source>Match case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find previous (Shift+F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find next (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n replaced</numerusform>
            <numerusform>%n replaced</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FunctionDebugger</name>
    <message>
        <source>This server has no debugger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not paused: evaluations run in a paused frame.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The debug session ended.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FunctionEditorTab</name>
    <message>
        <source>Can evaluate must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden from client applications; other functions, webhooks and triggers can still call it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can evaluate (JSON expression)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A JSON expression that must evaluate to true for the function to run in response to a request; empty means always</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can evaluate validity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Can evaluate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was deleted on the server. Your buffer is kept; saving creates the function again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can evaluate is not usable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the function (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syntax check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syntax check off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The syntax check while typing is off: %1. It needs Node.js and the node-acorn package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked as you type; the first syntax error is shown here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syntax Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has a syntax error on line %2:
%3

Save anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Debug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debug the buffer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server cannot debug functions: it has no debugger route (only stitch-local has one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the editor&apos;s text in the debugger, stopping at breakpoints (Ctrl+F5; F9 sets a breakpoint)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;ntinue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FunctionListModel</name>
    <message>
        <source>Hidden from client applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callable from client applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FunctionsPanel</name>
    <message>
        <source>Functions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter functions (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter functions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the list of functions (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh functions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new function (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the selected function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a copy of the selected function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered buffers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare each recovered buffer with the server&apos;s version and restore or discard it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review recovered buffers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Functions of this app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a function from the list (Enter or double-click), or create one with New.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No function open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open functions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes could not be backed up: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;name for “%1”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate Function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name of the copy of “%1”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1_copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the function “%1”? Triggers, webhooks and other functions that call it will fail. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save them before closing the tab?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n function buffer(s) with unsaved changes were recovered from an earlier session.</source>
        <translation>
            <numerusform>%n function buffer with unsaved changes was recovered from an earlier session.</numerusform>
            <numerusform>%n function buffers with unsaved changes were recovered from an earlier session.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run Saved Function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run Buffer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick an app in the Apps panel to see and edit its functions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name for the function.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the function “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed the function to “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicated as “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the function “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log names the function “%1”, which the app no longer has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function count</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln function(s)</source>
        <translation>
            <numerusform>%Ln function</numerusform>
            <numerusform>%Ln functions</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved the function “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for functions that call “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One function calls “%1”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 functions call “%2”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed alone, “%1” leaves those calls failing. Update them to call “%2”? A caller open in a tab with unsaved changes is changed in its buffer, for you to save; the others are saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename and &amp;Update Callers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed the function to “%1” and updated the calls in one function.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed the function to “%1” and updated the calls in %2 functions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls to “%1” that remain will fail after the rename. Rename it to “%2” anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls to “%1” in other functions could not be looked for: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dependencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;pendencies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The packages functions can require(): list and upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cases…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named run cases of the function: arguments, who runs it, what it should give; run them all and see which fail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoToLineDialog</name>
    <message>
        <source>Go to Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Line:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;README</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Stitch Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by command, key or place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stitch Console README</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not named by the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Stitch Console %1&lt;/h3&gt;&lt;p&gt;A desktop administration console for the MongoDB Stitch Admin API v3.0, with its own local server of the same API.&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;Qt&lt;/td&gt;&lt;td&gt;%2 (built with %3)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;QScintilla&lt;/td&gt;&lt;td&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Server&lt;/td&gt;&lt;td&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Stitch Console</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HostingPanel</name>
    <message numerus="yes">
        <source>%n file(s), %1</source>
        <translation>
            <numerusform>%n file, %1</numerusform>
            <numerusform>%n files, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No file selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is hosted yet. Upload files or sync a folder, or drop files here from your desktop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a file to preview it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Folder with %n file(s), %1 in all.</source>
        <translation>
            <numerusform>Folder with %n file, %1 in all.</numerusform>
            <numerusform>Folder with %n files, %1 in all.</numerusform>
        </translation>
    </message>
    <message>
        <source>A folder: select a file to preview it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size: %1 (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MD5: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last modified: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No preview for this kind of file. Open it in the browser to see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too large to preview (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server gave no URL for this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot load the preview: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image cannot be decoded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the folder “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new folder in %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: a folder cannot move into itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved “%1” to “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied “%1” to “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied %n item(s) to “%1”.</source>
        <translation>
            <numerusform>Copied %n item to “%1”.</numerusform>
            <numerusform>Copied %n items to “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n item(s) to “%1”.</source>
        <translation>
            <numerusform>Moved %n item to “%1”.</numerusform>
            <numerusform>Moved %n items to “%1”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename or Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New path for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy %1 to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1” from hosting? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete the folder “%1” and the %n file(s) in it? This cannot be undone.</source>
        <translation>
            <numerusform>Delete the folder “%1” and the %n file in it? This cannot be undone.</numerusform>
            <numerusform>Delete the folder “%1” and the %n files in it? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete these %1 items (%n file(s) in all)? This cannot be undone.

%2</source>
        <translation>
            <numerusform>Delete these %1 items (%n file in all)? This cannot be undone.

%2</numerusform>
            <numerusform>Delete these %1 items (%n files in all)? This cannot be undone.

%2</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete from Hosting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>delete %n file(s)</source>
        <translation>
            <numerusform>delete %n file</numerusform>
            <numerusform>delete %n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n item(s) from hosting.</source>
        <translation>
            <numerusform>Deleted %n item from hosting.</numerusform>
            <numerusform>Deleted %n items from hosting.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not sent: “%1” is not an attribute hosting accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the attributes of “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attributes of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty fields are not sent. The server answers with these headers when the file is fetched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer exists: it was deleted elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked for the hosting cache to be invalidated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter hosted files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosted files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Upload Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload files into the selected folder (Ctrl+U)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload &amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload a folder and everything in it (Ctrl+Shift+U)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ync Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send only what changed in a local folder (Ctrl+Shift+Y)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an empty folder (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name / Move…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the selected file or folder a new path (F2); or drag it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected files and folders (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attributes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected file&apos;s HTTP attributes (Alt+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Invalidate Cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the CDN to drop its copies of every hosted file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open in Browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected file&apos;s URL (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected file&apos;s URL (Ctrl+Shift+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the files again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading hosted files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also &amp;delete files that are only on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload the new and changed files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the batch; the file in flight does not land</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop at the first &amp;failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome of each file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There were no files to upload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused: the session ended (%1). Sign in again and the batch goes on from the file that did not land.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 files, %3 of %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n uploaded</source>
        <translation>
            <numerusform>%n uploaded</numerusform>
            <numerusform>%n uploaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deleted</source>
        <translation>
            <numerusform>%n deleted</numerusform>
            <numerusform>%n deleted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n skipped</numerusform>
            <numerusform>%n skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent</source>
        <translation>
            <numerusform>%n not sent</numerusform>
            <numerusform>%n not sent</numerusform>
        </translation>
    </message>
    <message>
        <source>Done: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosting: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync plan: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading and hashing the local files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot list the server&apos;s files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 new, %2 changed, %3 unchanged, %4 only on the server. %5 to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read and will be skipped.</source>
        <translation>
            <numerusform>%n file could not be read and will be skipped.</numerusform>
            <numerusform>%n files could not be read and will be skipped.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything is up to date: nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosting is up to date with the folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HostingTransfer</name>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uploaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled while it was being sent; the server has all of it or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled before it was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is gone from disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file changed after the plan was made; sync again to send it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already gone from the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s MD5 differs from the one planned: the file changed while it was sent. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: the batch stopped after a failure.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonEditor</name>
    <message>
        <source>Enter a JSON object or array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The arguments must be a JSON array, such as [1, &quot;two&quot;].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a JSON value: &quot;text&quot;, 42, true, null, {…} or […].</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonTreeModel</name>
    <message numerus="yes">
        <source>{%n field(s)}</source>
        <translation>
            <numerusform>{%n field}</numerusform>
            <numerusform>{%n fields}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n item(s)]</source>
        <translation>
            <numerusform>[%n item]</numerusform>
            <numerusform>[%n items]</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListFilterBinding</name>
    <message>
        <source>Nothing loaded so far matches “%1”. Load all to search every item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load all</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The filter covers the %n loaded item(s) only: Load all fetches every page so that it covers every item.</source>
        <translation>
            <numerusform>The filter covers the %n loaded item only: Load all fetches every page so that it covers every item.</numerusform>
            <numerusform>The filter covers the %n loaded items only: Load all fetches every page so that it covers every item.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListFilterProxy</name>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (loaded pages only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No matches among %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocalProfileStarter</name>
    <message>
        <source>%1 is from another version of Stitch Console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in local server could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in local server is not installed: %1 was found in none of these folders: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogArchive</name>
    <message>
        <source>The archive could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogArchiveDialog</name>
    <message>
        <source>&amp;Delete this app&apos;s archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archives of this profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archives of this profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep at most (&amp;size per app):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep at most (&amp;age):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply limit now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This app: %1 entries, %2 on disk, in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The oldest entry the service still has is from %1; older ones are only here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>everything up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No time range is complete yet: sync to fill it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (this app)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the Log Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete every archived log entry of this app? Entries the service no longer keeps cannot be fetched again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogArchiveModel</name>
    <message>
        <source>Kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only in the archive: older than the oldest entry the service still keeps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also on the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(malformed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archive only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogArchiveSync</name>
    <message>
        <source>The archive is not open for writing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync cancelled; it resumes where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive was closed; the sync stopped and resumes next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A page of logs could not be read; the sync stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogArchiveView</name>
    <message numerus="yes">
        <source>Exported %Ln entries to %1</source>
        <translation>
            <numerusform>Exported %Ln entry to %1</numerusform>
            <numerusform>Exported %Ln entries to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the archive: words, &quot;phrases&quot;, prefix*, AND, OR, NOT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite FTS5 syntax over messages, errors, error codes, function names, types, user ids and request ids; column:word searches one of them (function_name:sum).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch what the archive is missing since its newest complete range, and the gaps between ranges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch e&amp;verything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch everything the service still has for this app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync in the &amp;background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While the console runs, sync this archive every minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Manage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export every match as JSON Lines or CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move it aside and start a new archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive sync progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the archive sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived entries over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived log entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archive only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived entry details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive: %1 entries, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · complete up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search not understood: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>First %Ln in %1 ms…</source>
        <translation>
            <numerusform>First %Ln in %1 ms…</numerusform>
            <numerusform>First %Ln in %1 ms…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 matches in %2 ms</source>
        <translation>
            <numerusform>%1 match in %2 ms</numerusform>
            <numerusform>%1 matches in %2 ms</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Move it aside (kept beside it, renamed) and start a new archive?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching everything the service has…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing the archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced back to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log archive is up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only in the archive: the service no longer keeps this entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Archived Log Entries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogHistogram</name>
    <message>
        <source>Entries and errors over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries in the loaded range</source>
        <translation>
            <numerusform>%n entry in the loaded range</numerusform>
            <numerusform>%n entries in the loaded range</numerusform>
        </translation>
    </message>
    <message>
        <source>No entries loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2
%3 entries, %4 errors</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogModel</name>
    <message>
        <source>Malformed entry: not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malformed entry: no valid “started” date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(malformed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function / webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign In to Stitch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to sign in. The built-in Local profile runs a server on this computer with a demo app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://stitch.mongodb.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rovider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public &amp;API key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public API key or user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private API key or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default group ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember secret in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MongoDB Cloud API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name and password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available: secrets will not be saved, and you will be asked for them each time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile “%1” saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Block deploys while run cases fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy runs the app&apos;s run cases first and refuses to deploy while any of them fails (otherwise failures are only a warning)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block deploys on failing cases</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogsPanel</name>
    <message>
        <source>Logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search loaded entries (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search loaded entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poll every few seconds for new entries and add them at the top (Ctrl+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live tail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load every remaining page (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load all entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the loaded entries, or the selected ones, as JSON Lines or CSV (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload from the newest entry (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Errors only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only entries with an error (Ctrl+Shift+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ypes: all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only entries of the checked types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User ID filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request ID (co_id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request ID filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm:ss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;o</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every entry again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load all status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load all progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop loading further pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel loading all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function call arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ype: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>T&amp;ypes: %n</source>
        <translation>
            <numerusform>T&amp;ypes: %n</numerusform>
            <numerusform>T&amp;ypes: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an app in Apps to see its logs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 entries loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · all loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · a page failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an entry to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading all entries…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded %1 entries, back to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Log Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl);;CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> · %n malformed (shown in italics)</source>
        <translation>
            <numerusform> · %n malformed (shown in italics)</numerusform>
            <numerusform> · %n malformed (shown in italics)</numerusform>
        </translation>
    </message>
    <message>
        <source>Run again in the function editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln match</numerusform>
            <numerusform>%Ln matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es) in the loaded entries</source>
        <translation>
            <numerusform>%Ln match in the loaded entries</numerusform>
            <numerusform>%Ln matches in the loaded entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln entries to %1</source>
        <translation>
            <numerusform>Exported %Ln entry to %1</numerusform>
            <numerusform>Exported %Ln entries to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last checked %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for the first check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tail: the check at %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking for new entries every few seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live tail on, waiting for the first check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live tail on, last checked %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search every entry this console has kept for the app (Ctrl+Shift+A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as a run case…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>No app selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client app ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;In…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark Palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>   App: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stitch Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Stitch Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 [%2] — Stitch Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 @ %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting local server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local server did not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session ended: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some changes are not saved on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved in: %1. Discard them and close the window?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Command Palette…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> &amp;Group: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group (project) whose apps are listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile “%1” saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NameDialog</name>
    <message>
        <source>The name is longer than 64 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use only letters A–Z, digits, &apos;_&apos; and &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewPanel</name>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the app&apos;s details and counts again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client App ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last deployment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Functions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auth providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosting files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed origins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the %1 panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an app in Apps (double-click it) to see its overview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app&apos;s details and what it holds. Each Open button shows that panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never deployed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Panel</name>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PanelRegistry</name>
    <message>
        <source>Apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create, delete and export the apps of the current group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current app&apos;s details and how many of each resource it holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Functions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit, save and test-run the functions of the current app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App as Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pull the app to a folder, compare a folder or another app with it, push a folder as a draft, promote between apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse, filter, tail and export the current app&apos;s logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create, edit, enable, resume and watch the triggers of the current app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse, upload, sync and edit the current app&apos;s hosted files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review &amp; Deploy: the draft&apos;s changes, deploy or discard them, and the deployment history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create, edit and delete the values functions read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services of the current app: configuration, rules, incoming webhooks, commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create, enable, disable, log out and delete app users; confirm pending registrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auth Providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create, configure, enable and disable how users sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auth provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create, enable, disable and delete the app&apos;s API keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write, send and delete the current app&apos;s push notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the origins browsers may call the app from</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PendingUserListModel</name>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Development</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>Local</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PromoteTarget</name>
    <message>
        <source>“%1” cannot be signed in to from here: sign in to it in the window to promote into its apps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not sign in to “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in to “%1” ended (%2): choose the profile again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list the apps of “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PushPanel</name>
    <message>
        <source>Push Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s)</source>
        <translation>
            <numerusform>%n draft</numerusform>
            <numerusform>%n drafts</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n sent</source>
        <translation>
            <numerusform>%n sent</numerusform>
            <numerusform>%n sent</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a new draft notification (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected notifications (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the notifications again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. news</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the notification&apos;s type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create or save the draft (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;nd…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the draft to its topic&apos;s subscribers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To&amp;pic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push Notifications of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the topic the message goes to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an app in Apps to see its push notifications.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This app has no push notifications yet. New… writes a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts can be edited and sent; sent notifications are kept as they went out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notification selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (sent %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (draft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the draft “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the draft “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send Notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send “%1” to every subscriber of the topic “%2” now? A sent notification cannot be recalled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the type of “%1” to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the notification “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete these %1 notifications?

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete %1 notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n notification(s).</source>
        <translation>
            <numerusform>Deleted %n notification.</numerusform>
            <numerusform>Deleted %n notifications.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <source>Hosting file %1: %2. Hosting files are compared by their MD5, not shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the previous changed file (Alt+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the next changed file (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diff layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the previous change (Shift+F7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the next change (F7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunAsPicker</name>
    <message>
        <source>Run as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run as System or as an app user: type part of an email or an id to find one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email or id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (disabled)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunCase</name>
    <message>
        <source>Succeeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result equals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result contains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fails with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>succeeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>equals %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fails matching /%1/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A run without error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The result is not the expected value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The result does not contain the expected value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run failed: /%1/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run succeeded; it was expected to fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pattern is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The error message does not match /%1/: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunCaseModel</name>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expectation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunCaseStore</name>
    <message>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot make its folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunConsole</name>
    <message>
        <source>buffer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 as %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &amp;Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &amp;Buffer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abandon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arguments (JSON array)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The arguments as a JSON array, e.g. [1, &quot;two&quot;, {&quot;three&quot;: 3}]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run saved function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the function as saved on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run buffer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the editor&apos;s text, saved or not (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abandon run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop waiting for the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captured logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>console.log output appears here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Execution time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No runs yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with the latest run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the chosen run with the latest one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Arguments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &amp;as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Logs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arguments: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[error] %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Execution time: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run abandoned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two runs side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Execution time: %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Execution time: %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1 (from the log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arguments and user from the log entry: press Run to run it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;ult:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ra&amp;w:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debugging…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The debug run ended: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaveConflictDialog</name>
    <message>
        <source>Function Changed on the Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was changed on the server since you opened it. Compare the two versions and choose which one to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your version over the server&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take the Server&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace your buffer with the server&apos;s version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes to “%1” were found from an earlier session that did not end normally.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the recovered buffer in an editor tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the recovered buffer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your version and the server&apos;s version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered buffer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server version (deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretListModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>The system keychain cannot be used (%1), so secrets are not saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretsPane</name>
    <message>
        <source>Enter a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Secret…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a secret: a name and a value no one can read back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Secret…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the selected secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Secret &amp;Value…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the value of the selected secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Secret…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected secrets (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use in a Value…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a value that functions read the secret through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh Secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the secrets again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an app in Apps to see its secrets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This app has no secrets. New Secret… creates one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secret keeps a credential out of sight: its value can be set but never read back. Functions read it through a value that uses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value of the secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New value of “%1”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the secret “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;name for “%1”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed the secret to “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Secret Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a new value for the secret “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the secret “%1”? Values that use it will read nothing. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete these %1 secrets? Values that use them will read nothing. This cannot be undone.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete %1 secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n secret(s).</source>
        <translation>
            <numerusform>Deleted %n secret.</numerusform>
            <numerusform>Deleted %n secrets.</numerusform>
        </translation>
    </message>
    <message>
        <source>New Value from a Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret the value reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the value “%1”, which reads the secret “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecurityPanel</name>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed request origins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter origins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the origin to the list (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected origins from the list (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the app&apos;s allowed origins with this list (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the saved list again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the origins again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading origins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %n allowed origin(s).</source>
        <translation>
            <numerusform>Saved %n allowed origin.</numerusform>
            <numerusform>Saved %n allowed origins.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n origin(s)</source>
        <translation>
            <numerusform>%n origin</numerusform>
            <numerusform>%n origins</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an app in Apps to see its allowed request origins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app lists no allowed origins. Add one, such as https://example.com, and Save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed: Save replaces the app&apos;s whole list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browsers may call the app only from pages of these origins.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerFeatures</name>
    <message>
        <source>Sign in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the server what it offers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not ask the server what it offers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server does not offer it: it is an extension of stitch-local, the console&apos;s local server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version of stitch-local does not offer it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceRulesTab</name>
    <message>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s)</source>
        <translation>
            <numerusform>%n rule</numerusform>
            <numerusform>%n rules</numerusform>
        </translation>
    </message>
    <message>
        <source>New &amp;rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a rule for this service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete rules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected rules (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule actions, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. get, post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule condition (when) as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ac&amp;tions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When (JSON object):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a rule name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rule name has at most 255 characters and no “/”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“when” must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rule selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the rule “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the rule “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the rule “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete these %1 rules?

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete %1 rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n rule(s).</source>
        <translation>
            <numerusform>Deleted %n rule.</numerusform>
            <numerusform>Deleted %n rules.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServiceWebhooksTab</name>
    <message>
        <source>Incoming webhooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n webhook(s)</source>
        <translation>
            <numerusform>%n webhook</numerusform>
            <numerusform>%n webhooks</numerusform>
        </translation>
    </message>
    <message>
        <source>New &amp;webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an incoming webhook for this service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete webhooks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected webhooks (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP method the webhook answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respond with the function&apos;s &amp;result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret as query parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify payload signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook function source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test request body as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;test request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call the saved webhook at its URL with this body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test request answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test request answer body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP met&amp;hod:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Validation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ecret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test &amp;body (JSON):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a webhook name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A webhook name has 1 to 64 letters, digits, “_” or “-”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This validation needs a secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New incoming webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No webhook selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the webhook “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the webhook “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Webhooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the incoming webhook “%1”? Callers of its URL will get 404.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete these %1 incoming webhooks?

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete %1 webhooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n webhook(s).</source>
        <translation>
            <numerusform>Deleted %n webhook.</numerusform>
            <numerusform>Deleted %n webhooks.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied the webhook URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test body is not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calling %1 %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1: the webhook answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServicesPanel</name>
    <message>
        <source>Enter a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A service name has 1 to 64 letters, digits, “_” or “-”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other configuration as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other &amp;configuration (JSON object):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other configuration must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 service needs %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n service</numerusform>
            <numerusform>%n services</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a service (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected services (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the services again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming &amp;webhooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ommands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the name and configuration (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the saved configuration again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other &amp;settings (JSON object; secrets are in the fields above, never shown):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. listDatabases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command arguments as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;un command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the command on the service with these arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command answer body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mmand:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Arguments (JSON):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an app in Apps to see its services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This app has no services yet. New… creates one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a service to edit its configuration, rules and incoming webhooks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret settings are never shown; type a new value to replace one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No service selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, version %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>•••••• set; type to replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secret: never shown or sent back; typing replaces it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other settings must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is set in the form above, not in the JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the service “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the service “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the service “%1” with its rules and incoming webhooks? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete these %1 services with their rules and incoming webhooks? This cannot be undone.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete %1 services</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n service(s).</source>
        <translation>
            <numerusform>Deleted %n service.</numerusform>
            <numerusform>Deleted %n services.</numerusform>
        </translation>
    </message>
    <message>
        <source>The arguments are not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered (HTTP %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service “%1” has no command “%2” on this server (ServiceCommandNotFound). stitch-local runs no service commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ata</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>%1 This server signs in with: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInAdvice</name>
    <message>
        <source>Could not connect to %1 — is the server running?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer in time — is the address right and the server running?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer as a Stitch Admin API: check the server address (the part before /api/admin/v3.0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public or private API key is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name or password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusLabel</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncPlanModel</name>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only on server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyntaxChecker</name>
    <message>
        <source>Node.js was not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node.js could not be started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node-acorn is not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the syntax check process kept stopping</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TargetSignInDialog</name>
    <message>
        <source>&amp;Remember in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign In to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promoting to an app of “%1” (%2) signs in to it separately; the window stays signed in to its own profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored secret was refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available: the secret is used for this sign-in only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User or API key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Private key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransferReportModel</name>
    <message>
        <source>delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TriggerListModel</name>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its function failed repeatedly; the trigger does not fire until resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last Modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The function this trigger runs no longer exists: edit the trigger to pick another</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TriggersPanel</name>
    <message>
        <source>Triggers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triggers of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n trigger(s)</source>
        <translation>
            <numerusform>%n trigger</numerusform>
            <numerusform>%n triggers</numerusform>
        </translation>
    </message>
    <message>
        <source>Ena&amp;ble</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disa&amp;ble</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No trigger selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The function “%1” this trigger runs no longer exists: pick another and save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended: its function failed repeatedly. Fix the function, then Resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an app in Apps to see its triggers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This app has no triggers yet. New… creates one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No trigger matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triggers run a function on a database change, an authentication event or a schedule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n suspended</source>
        <translation>
            <numerusform>%n suspended</numerusform>
            <numerusform>%n suspended</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved Trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trigger “%1” has changes that are not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enter a trigger object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are signed out. Sign in again, then Save: your edits stay here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the trigger “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the trigger “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This trigger was deleted elsewhere. Your edits are still here: Save creates it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: another trigger is already named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service: the server has no such service; choose another. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the trigger “%1”? Its function stays; it no longer runs on these events. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the trigger “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled the trigger “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled the trigger “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resumed the trigger “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose a function)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose a MongoDB service)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not in this app)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON is not a trigger object: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON is not a trigger: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: enter a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: 1 to 64 letters, digits, “_” or “-”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type: choose Database, Authentication or Scheduled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function: choose the function the trigger runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function: “%1” no longer exists; choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service: choose the MongoDB service to watch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service: the service “%1” no longer exists; choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: enter the database to watch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection: enter the collection to watch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations: check at least one operation type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match: enter a JSON object (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation: choose LOGIN, CREATE or DELETE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Providers: check at least one provider type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Providers: “%1” is not a provider type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule: enter when to run, as five cron fields (e.g. “*/5 * * * *”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule: five cron fields of digits, names and * , - / ? are needed (minute hour day month weekday).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name, type or function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter triggers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a trigger (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected trigger (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop or start firing the selected trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let the selected suspended trigger fire again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firing &amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the selected trigger&apos;s runs in Logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the triggers again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading triggers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function the trigger runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this function in the Functions panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enabled: fire on events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Function:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;orm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the trigger (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the saved trigger again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MongoDB service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the &amp;full document on updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match expression as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;rvice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Collection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;perations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Match:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This app has no authentication providers yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;peration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider t&amp;ypes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>*/5 * * * *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;kip events missed while suspended or disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Five cron fields: minute, hour, day of month, month, day of week. “*/5 * * * *” runs every five minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sc&amp;hedule:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trigger “%1” of %2 was suspended after its function failed repeatedly. Open it in Triggers to resume it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger suspended</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserListModel</name>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersPanel</name>
    <message>
        <source>Enter an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password has 6 to 128 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pending registrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name, email, id, identity, type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load every page of users, so the filter covers them all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an email/password user (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable the selected users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;isable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable the selected users (they are logged out too)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log &amp;out everywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke every session of the selected users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected users (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the users again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No user selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identities of the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices of the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data of the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email of a pending registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look up a pending registration by email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the pending registration of this email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending registrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resend confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the confirmation email again (send_confirm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the registration: the pending user becomes a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected pending registrations (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the pending registrations again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n user</numerusform>
            <numerusform>%n users</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 users loaded, more on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pending registrations (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an app in Apps to see its users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No registration waits for a confirmation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email/password registrations waiting for their email to be confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This app has no users yet. New… creates an email/password user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No loaded user matches “%1”. Load all to search every user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No user matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The filter covers the %n loaded user(s) only. Load all to search every user.</source>
        <translation>
            <numerusform>The filter covers the %n loaded user only. Load all to search every user.</numerusform>
            <numerusform>The filter covers the %n loaded users only. Load all to search every user.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select users to enable, disable, log out or delete them together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a user to see its identities, devices and data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID %1 · %2 · created %3 · last login %4%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identities (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email of the new user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of the new user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An email/password (local-userpass) user, confirmed at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the user “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Disabled %n user(s).</source>
        <translation>
            <numerusform>Disabled %n user.</numerusform>
            <numerusform>Disabled %n users.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Enabled %n user(s).</source>
        <translation>
            <numerusform>Enabled %n user.</numerusform>
            <numerusform>Enabled %n users.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Logged %n user(s) out of every session.</source>
        <translation>
            <numerusform>Logged %n user out of every session.</numerusform>
            <numerusform>Logged %n users out of every session.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the user “%1”? Its identities and sessions go with it. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete these %1 users? Their identities and sessions go with them. This cannot be undone.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete %1 users</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n user(s).</source>
        <translation>
            <numerusform>Deleted %n user.</numerusform>
            <numerusform>Deleted %n users.</numerusform>
        </translation>
    </message>
    <message>
        <source>No pending registration for “%1”. It may be confirmed already: look for it in Users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pending registrations are still loading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” waits for its confirmation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent the confirmation to “%1” again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Confirmed %n registration(s).</source>
        <translation>
            <numerusform>Confirmed %n registration.</numerusform>
            <numerusform>Confirmed %n registrations.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the pending registration of “%1”? Its confirmation link stops working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete these %1 pending registrations? Their confirmation links stop working.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Pending Registrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n pending registration(s).</source>
        <translation>
            <numerusform>Deleted %n pending registration.</numerusform>
            <numerusform>Deleted %n pending registrations.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ValueListModel</name>
    <message>
        <source>private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only functions can read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client applications can read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value not read yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secret “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValuesPanel</name>
    <message>
        <source>Enter a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value name has 1 to 64 letters, digits, “_” or “-”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a value (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the selected value (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected values (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the values again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No value selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Private: only functions can read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the value (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the saved value again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n value(s)</source>
        <translation>
            <numerusform>%n value</numerusform>
            <numerusform>%n values</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an app in Apps to see its values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This app has no values yet. New… creates one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No value matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values are constants your functions read with context.values.get(&quot;name&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value “%1” has changes that are not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the value “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name of the new value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the value “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;name for “%1”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed the value to “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the value “%1”? Functions that read it will get undefined. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete these %1 values? Functions that read them will get undefined. This cannot be undone.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete %1 values</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n value(s).</source>
        <translation>
            <numerusform>Deleted %n value.</numerusform>
            <numerusform>Deleted %n values.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the name of the secret it reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials: values you set but never read back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VariablesModel</name>
    <message>
        <source>Local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closure (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not available)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apikeycalls</name>
    <message>
        <source>expected a list of API keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an API key without _id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an API key object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dependencycalls</name>
    <message>
        <source>expected the dependencies object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dependencies_list is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>draftcalls</name>
    <message>
        <source>a draft without an _id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a deployment object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list of drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a draft object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a draft diff object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the diff&apos;s diffs is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a deployment without an _id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list of deployments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>exportedsources</name>
    <message>
        <source>The export is empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hostingcalls</name>
    <message>
        <source>expected a hosted asset object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A hosting path must start with “/”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A hosting path may not be longer than 1,024 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A hosting path may not contain an empty folder name (“//”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A hosting path may not contain a backslash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A hosting path may not contain control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A hosting path may not contain “.” or “..” folders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file or folder name may not be longer than 255 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a hosted asset without a path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list of hosted assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed since it was planned (%2 bytes, now %3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop administration console for MongoDB Stitch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to the profile NAME at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the built-in local server&apos;s data in DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print start-up milestones and quit when idle.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>overviewcalls</name>
    <message>
        <source>expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list of deployments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>panelkit</name>
    <message>
        <source>A user with this email already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An API key with this name already exists: choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That user or registration is gone: it was deleted or confirmed elsewhere. Refresh to see the current list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That API key is gone: it was deleted elsewhere. Refresh to see the current list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That registration is confirmed already: the user is in Users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the input: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parse</name>
    <message>
        <source>auth providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the field &quot;access_token&quot; is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>admin profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>app: the field &quot;_id&quot; is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>function: the answer is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>function list: the answer is not an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>function run: the answer is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user list: the answer is not an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the field &quot;%2&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the field &quot;%2&quot; is not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the field &quot;%2&quot; is not a boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the field &quot;%2&quot; is not an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the field &quot;%2&quot; is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected a JSON array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[%2]: expected a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[%2]: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auth provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>resourcedoc</name>
    <message>
        <source>expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list of objects</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>secretcalls</name>
    <message>
        <source>a secret without a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list of secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a secret object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>securitycalls</name>
    <message>
        <source>Enter an origin such as https://example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An origin has no spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not scheme://host[:port].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An origin starts with http:// or https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An origin has no user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An origin ends after the host and port: remove “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>triggercalls</name>
    <message>
        <source>expected a trigger object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a trigger without a name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>usercalls</name>
    <message>
        <source>expected a user object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list of devices</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>valuecalls</name>
    <message>
        <source>expected a value object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value without a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list of values</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
