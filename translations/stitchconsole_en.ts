<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
        <source>expected a list of values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value without a name</source>
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
    <name>DiffView</name>
    <message>
        <source>Your version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server version</source>
        <translation type="unfinished"></translation>
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
    <message numerus="yes">
        <source>%n matches</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
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
        <source>Exported to %1</source>
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
        <source>Apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create, delete and export the apps of the current group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Functions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auth Providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coming in a later release</source>
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
        <source> Group: </source>
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
        <source>Browse, filter, tail and export the current app&apos;s logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit, save and test-run the functions of the current app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some functions have changes that are not saved on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard them and close the window?</source>
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
    <name>Reader</name>
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
        <source>Run as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
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
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw</source>
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
        <source>%1 (disabled)</source>
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
    <name>SecretStore</name>
    <message>
        <source>The system keychain cannot be used (%1), so secrets are not saved.</source>
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
</context>
</TS>
