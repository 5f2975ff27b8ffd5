<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>strata::AboutDialog</name>
    <message>
        <location filename="../widgets/dialogs/aboutdialog.cpp" line="16"/>
        <source>About Strata</source>
        <translation>Über Strata</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/aboutdialog.cpp" line="22"/>
        <source>A desktop studio for database schema-as-code, file-compatible with the Atlas CLI.</source>
        <translation>Ein Desktop-Studio für Datenbankschemata als Code, dateikompatibel mit der Atlas-CLI.</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/aboutdialog.cpp" line="29"/>
        <source>Qt:</source>
        <translation>Qt:</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/aboutdialog.cpp" line="30"/>
        <source>SQLite:</source>
        <translation>SQLite:</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/aboutdialog.cpp" line="31"/>
        <source>libpq (PostgreSQL):</source>
        <translation>libpq (PostgreSQL):</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/aboutdialog.cpp" line="32"/>
        <source>MariaDB client:</source>
        <translation>MariaDB-Client:</translation>
    </message>
</context>
<context>
    <name>strata::ChecksumCheck</name>
    <message>
        <location filename="../core/migrate/checksumcheck.cpp" line="40"/>
        <source>checksum file not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/migrate/checksumcheck.cpp" line="42"/>
        <source>checksum file format invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/migrate/checksumcheck.cpp" line="44"/>
        <source>checksum mismatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/migrate/checksumcheck.cpp" line="54"/>
        <source>You have a checksum error in your migration directory.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/migrate/checksumcheck.cpp" line="60"/>
        <source>Please check your migration files and run &apos;atlas migrate hash&apos; to re-hash the contents

</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>strata::ConnectDialog</name>
    <message>
        <location filename="../widgets/dialogs/connectdialog.cpp" line="47"/>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/connectdialog.cpp" line="51"/>
        <source>Connect to Database</source>
        <translation>Mit Datenbank verbinden</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/connectdialog.cpp" line="83"/>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/connectdialog.cpp" line="85"/>
        <source>An Atlas URL, for example
%1
The password is shown as ****; type it here or in the Password field.</source>
        <translation>Eine Atlas-URL, zum Beispiel
%1
Das Passwort erscheint als ****; geben Sie es hier oder im Feld Passwort ein.</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/connectdialog.cpp" line="91"/>
        <source>Servers listen by default: %1</source>
        <translation>Standardports der Server: %1</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/connectdialog.cpp" line="95"/>
        <source>Kept in memory only: Strata never stores or shows a password</source>
        <translation>Nur im Speicher: Strata speichert und zeigt nie ein Passwort</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/connectdialog.cpp" line="97"/>
        <source>empty: every schema on the server</source>
        <translation>leer: jedes Schema auf dem Server</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/connectdialog.cpp" line="99"/>
        <source>e.g. public</source>
        <translation>z. B. public</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/connectdialog.cpp" line="104"/>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/connectdialog.cpp" line="109"/>
        <source>Or fill in the parts</source>
        <translation>Oder die Teile einzeln angeben</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/connectdialog.cpp" line="111"/>
        <source>&amp;Driver:</source>
        <translation>T&amp;reiber:</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/connectdialog.cpp" line="113"/>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/connectdialog.cpp" line="116"/>
        <source>Us&amp;er:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/connectdialog.cpp" line="117"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/connectdialog.cpp" line="118"/>
        <source>Data&amp;base:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/connectdialog.cpp" line="119"/>
        <source>&amp;Schema (search_path):</source>
        <translation>&amp;Schema (search_path):</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/connectdialog.cpp" line="122"/>
        <source>SS&amp;L mode:</source>
        <translation>SS&amp;L-Modus:</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/connectdialog.cpp" line="125"/>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/connectdialog.cpp" line="134"/>
        <source>Connect to the server now and show its version</source>
        <translation>Jetzt mit dem Server verbinden und seine Version zeigen</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/connectdialog.cpp" line="136"/>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/connectdialog.cpp" line="139"/>
        <source>Load the whole schema; Escape or the Cancel button in the status bar stops it</source>
        <translation>Das ganze Schema laden; Escape oder die Abbrechen-Schaltfläche in der Statusleiste hält es an</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/connectdialog.cpp" line="189"/>
        <source>Strata remembers connections without their password: enter it to connect (leave it empty if the server needs none).</source>
        <translation>Strata merkt sich Verbindungen ohne ihr Passwort: Geben Sie es zum Verbinden ein (leer lassen, wenn der Server keines braucht).</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/connectdialog.cpp" line="327"/>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/connectdialog.cpp" line="334"/>
        <source>Written as %1=… in the URL</source>
        <translation>Steht als %1=… in der URL</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/connectdialog.cpp" line="344"/>
        <source>Written as %1=… in the URL; empty: every schema</source>
        <translation>Steht als %1=… in der URL; leer: alle Schemas</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/connectdialog.cpp" line="345"/>
        <source>%1 calls the database a schema</source>
        <translation>%1 nennt die Datenbank ein Schema</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/connectdialog.cpp" line="375"/>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1…</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/connectdialog.cpp" line="197"/>
        <location filename="../widgets/dialogs/connectdialog.cpp" line="384"/>
        <source>Connection failed: %1</source>
        <translation>Verbindung fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>strata::Connection</name>
    <message>
        <location filename="../core/db/registry.cpp" line="140"/>
        <source>&quot;%1&quot; is not a database URL: use sqlite://, mysql:// or postgres://.</source>
        <translation>„%1“ ist keine Datenbank-URL: Verwenden Sie sqlite://, mysql:// oder postgres://.</translation>
    </message>
</context>
<context>
    <name>strata::ConnectionFields</name>
    <message>
        <location filename="../widgets/dialogs/connectionfields.cpp" line="90"/>
        <source>Give the host name or address of the database server.</source>
        <translation>Geben Sie den Hostnamen oder die Adresse des Datenbankservers an.</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/connectionfields.cpp" line="99"/>
        <source>Connect opens MySQL, MariaDB and PostgreSQL servers: use mysql://, maria:// or postgres://. Open SQLite databases and .sql files from the File menu.</source>
        <translation>Verbinden öffnet MySQL-, MariaDB- und PostgreSQL-Server: Verwenden Sie mysql://, maria:// oder postgres://. SQLite-Datenbanken und .sql-Dateien öffnen Sie über das Menü Datei.</translation>
    </message>
</context>
<context>
    <name>strata::ConnectionTester</name>
    <message>
        <location filename="../widgets/project/connectiontester.cpp" line="32"/>
        <source>Connected to %1: %2</source>
        <translation>Verbunden mit %1: %2</translation>
    </message>
</context>
<context>
    <name>strata::CountTexts</name>
    <message>
        <location filename="../widgets/schema/counttexts.cpp" line="10"/>
        <source>1 table</source>
        <translation>1 Tabelle</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/schema/counttexts.cpp" line="11"/>
        <source>%n tables</source>
        <translation>
            <numerusform>%n Tabelle</numerusform>
            <numerusform>%n Tabellen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>strata::Database</name>
    <message>
        <location filename="../core/db/database.h" line="166"/>
        <source>%1 keeps no database files.</source>
        <translation>%1 hat keine Datenbankdateien.</translation>
    </message>
</context>
<context>
    <name>strata::DatabaseRegistry</name>
    <message>
        <location filename="../core/db/registry.cpp" line="67"/>
        <source>Unknown database &quot;%1&quot;: use one of %2.</source>
        <translation>Unbekannte Datenbank „%1“: Verwenden Sie eine von %2.</translation>
    </message>
</context>
<context>
    <name>strata::DatabaseUrl</name>
    <message>
        <location filename="../core/url/databaseurl.cpp" line="109"/>
        <source>The URL is empty: give one such as sqlite://file.db or file://schema.sql.</source>
        <translation>Die URL ist leer: Geben Sie eine an, etwa sqlite://file.db oder file://schema.sql.</translation>
    </message>
    <message>
        <location filename="../core/url/databaseurl.cpp" line="112"/>
        <source>&quot;%1&quot; is not a URL: expected scheme://..., for example sqlite://file.db or file://schema.sql.</source>
        <translation>„%1“ ist keine URL: Erwartet wird schema://…, zum Beispiel sqlite://file.db oder file://schema.sql.</translation>
    </message>
    <message>
        <location filename="../core/url/databaseurl.cpp" line="121"/>
        <source>Unknown URL scheme &quot;%1&quot; in &quot;%2&quot;: use sqlite://, mysql://, maria://, postgres://, file:// or env://.</source>
        <translation>Unbekanntes URL-Schema „%1“ in „%2“: Verwenden Sie sqlite://, mysql://, maria://, postgres://, file:// oder env://.</translation>
    </message>
    <message>
        <location filename="../core/url/databaseurl.cpp" line="171"/>
        <source>The host in &quot;%1&quot; opens &apos;[&apos; without closing it.</source>
        <translation>Der Host in „%1“ öffnet &apos;[&apos; ohne es zu schließen.</translation>
    </message>
    <message>
        <location filename="../core/url/databaseurl.cpp" line="189"/>
        <source>The port &quot;%1&quot; in &quot;%2&quot; is not a number between 1 and 65535.</source>
        <translation>Der Port „%1“ in „%2“ ist keine Zahl zwischen 1 und 65535.</translation>
    </message>
</context>
<context>
    <name>strata::Directives</name>
    <message>
        <location filename="../core/migrate/directives.cpp" line="147"/>
        <source>multiple txmode values found in file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/migrate/directives.cpp" line="153"/>
        <source>txmode %1 is not allowed in file directive %2. Use %3 instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/migrate/directives.cpp" line="158"/>
        <source>unknown txmode %1 found in file directive %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>strata::DockerCommand</name>
    <message>
        <location filename="../core/docker/dockercommand.cpp" line="46"/>
        <source>Cannot start %1: %2</source>
        <translation>%1 kann nicht gestartet werden: %2</translation>
    </message>
    <message>
        <location filename="../core/docker/dockercommand.cpp" line="59"/>
        <source>%1 did not finish within %2 s and was stopped.</source>
        <translation>%1 wurde nicht innerhalb von %2 s fertig und wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../core/docker/dockercommand.cpp" line="116"/>
        <source>%1 failed with exit code %2.</source>
        <translation>%1 ist mit Exit-Code %2 fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../core/docker/dockercommand.cpp" line="119"/>
        <source>%1 failed: %2</source>
        <translation>%1 ist fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>strata::DockerDevConfig</name>
    <message>
        <location filename="../core/docker/dockerdevconfig.cpp" line="24"/>
        <source>Unsupported docker image &quot;%1&quot; in %2: use docker://mysql/8/dev, docker://mariadb/latest/dev or docker://postgres/16/dev.</source>
        <translation>Nicht unterstütztes Docker-Image „%1“ in %2: verwenden Sie docker://mysql/8/dev, docker://mariadb/latest/dev oder docker://postgres/16/dev.</translation>
    </message>
    <message>
        <location filename="../core/docker/dockerdevconfig.cpp" line="32"/>
        <source>%1 is not a docker URL Strata can start: write docker://&lt;image&gt;/&lt;tag&gt;/&lt;database&gt;, for example docker://mysql/8/dev.</source>
        <translation>%1 ist keine docker-URL, die Strata starten kann: schreiben Sie docker://&lt;Image&gt;/&lt;Tag&gt;/&lt;Datenbank&gt;, zum Beispiel docker://mysql/8/dev.</translation>
    </message>
    <message>
        <location filename="../core/docker/dockerdevconfig.cpp" line="179"/>
        <source>docker did not report the container&apos;s published port (it printed &quot;%1&quot;).</source>
        <translation>docker hat den veröffentlichten Port des Containers nicht gemeldet (Ausgabe: „%1“).</translation>
    </message>
</context>
<context>
    <name>strata::DockerDevDatabase</name>
    <message>
        <location filename="../core/docker/dockerdevdatabase.cpp" line="94"/>
        <source>Waiting for %1 to accept connections</source>
        <translation>Warten, bis %1 Verbindungen annimmt</translation>
    </message>
    <message>
        <location filename="../core/docker/dockerdevdatabase.cpp" line="105"/>
        <source>Cannot create the database in the docker container for %1: %2</source>
        <translation>Die Datenbank im Docker-Container für %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <location filename="../core/docker/dockerdevdatabase.cpp" line="110"/>
        <source>The database in the docker container for %1 did not accept connections within %2 s: %3</source>
        <translation>Die Datenbank im Docker-Container für %1 hat innerhalb von %2 s keine Verbindungen angenommen: %3</translation>
    </message>
    <message>
        <location filename="../core/docker/dockerdevdatabase.cpp" line="119"/>
        <source>The docker container for %1 stopped before its database accepted connections. Check that the image %2 starts with `docker run %2`.</source>
        <translation>Der Docker-Container für %1 wurde beendet, bevor seine Datenbank Verbindungen annahm. Prüfen Sie mit `docker run %2`, ob das Image %2 startet.</translation>
    </message>
    <message>
        <location filename="../core/docker/dockerdevdatabase.cpp" line="135"/>
        <source>docker is not available: set url to a mysql:// or postgres:// URL of a database</source>
        <translation>docker ist nicht verfügbar: setzen Sie url auf eine mysql://- oder postgres://-URL einer Datenbank</translation>
    </message>
    <message>
        <location filename="../core/docker/dockerdevdatabase.cpp" line="138"/>
        <source>docker is not available: set dev to a mysql:// or postgres:// URL of a scratch database</source>
        <translation>docker ist nicht verfügbar: setzen Sie dev auf eine mysql://- oder postgres://-URL einer Wegwerf-Datenbank</translation>
    </message>
    <message>
        <location filename="../core/docker/dockerdevdatabase.cpp" line="187"/>
        <source>Cannot start a docker container for %1: %2</source>
        <translation>Für %1 kann kein Docker-Container gestartet werden: %2</translation>
    </message>
    <message>
        <location filename="../core/docker/dockerdevdatabase.cpp" line="191"/>
        <source>Starting %1 in docker</source>
        <translation>%1 wird in Docker gestartet</translation>
    </message>
</context>
<context>
    <name>strata::EnvEditorDialog</name>
    <message>
        <location filename="../widgets/project/enveditordialog.cpp" line="45"/>
        <source>Edit Environment &quot;%1&quot;</source>
        <translation>Umgebung „%1“ bearbeiten</translation>
    </message>
    <message>
        <location filename="../widgets/project/enveditordialog.cpp" line="48"/>
        <source>Each value is an HCL expression, written to %1 as you type it: &lt;code&gt;&quot;sqlite://file.db&quot;&lt;/code&gt;, &lt;code&gt;getenv(&quot;DB_URL&quot;)&lt;/code&gt;, &lt;code&gt;var.url&lt;/code&gt;, &lt;code&gt;[&quot;public&quot;]&lt;/code&gt;. Only changed fields are written; comments and layout stay as they are.</source>
        <translation>Jeder Wert ist ein HCL-Ausdruck und wird so, wie Sie ihn eingeben, in %1 geschrieben: &lt;code&gt;&quot;sqlite://file.db&quot;&lt;/code&gt;, &lt;code&gt;getenv(&quot;DB_URL&quot;)&lt;/code&gt;, &lt;code&gt;var.url&lt;/code&gt;, &lt;code&gt;[&quot;public&quot;]&lt;/code&gt;. Nur geänderte Felder werden geschrieben; Kommentare und Layout bleiben, wie sie sind.</translation>
    </message>
    <message>
        <location filename="../widgets/project/enveditordialog.cpp" line="59"/>
        <source>Renaming an env is not supported here: edit the env block&apos;s label in atlas.hcl.</source>
        <translation>Umbenennen ist hier nicht möglich: Ändern Sie die Bezeichnung des env-Blocks in atlas.hcl.</translation>
    </message>
    <message>
        <location filename="../widgets/project/enveditordialog.cpp" line="64"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../widgets/project/enveditordialog.cpp" line="72"/>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <location filename="../widgets/project/enveditordialog.cpp" line="72"/>
        <source>&amp;Dev database:</source>
        <translation>&amp;Dev-Datenbank:</translation>
    </message>
    <message>
        <location filename="../widgets/project/enveditordialog.cpp" line="72"/>
        <source>&amp;Source (src):</source>
        <translation>&amp;Quelle (src):</translation>
    </message>
    <message>
        <location filename="../widgets/project/enveditordialog.cpp" line="73"/>
        <source>&amp;Migration dir:</source>
        <translation>&amp;Migrationsverzeichnis:</translation>
    </message>
    <message>
        <location filename="../widgets/project/enveditordialog.cpp" line="73"/>
        <source>Sc&amp;hemas:</source>
        <translation>Sc&amp;hemas:</translation>
    </message>
    <message>
        <location filename="../widgets/project/enveditordialog.cpp" line="73"/>
        <source>E&amp;xclude:</source>
        <translation>Aus&amp;schließen:</translation>
    </message>
    <message>
        <location filename="../widgets/project/enveditordialog.cpp" line="91"/>
        <source>The password is shown as ****. It is kept as written unless you change it.</source>
        <translation>Das Passwort wird als **** angezeigt. Es bleibt wie geschrieben, solange Sie es nicht ändern.</translation>
    </message>
    <message>
        <location filename="../widgets/project/enveditordialog.cpp" line="93"/>
        <source>An HCL expression; a bare URL gets quotes when saved.</source>
        <translation>Ein HCL-Ausdruck; eine URL ohne Anführungszeichen erhält beim Speichern welche.</translation>
    </message>
    <message>
        <location filename="../widgets/project/enveditordialog.cpp" line="102"/>
        <source>Test Connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <location filename="../widgets/project/enveditordialog.cpp" line="105"/>
        <source>Connect to this database now and show its server version</source>
        <translation>Jetzt mit dieser Datenbank verbinden und ihre Serverversion anzeigen</translation>
    </message>
    <message>
        <location filename="../widgets/project/enveditordialog.cpp" line="119"/>
        <source>Connection failed: %1</source>
        <translation>Verbindung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../widgets/project/enveditordialog.cpp" line="185"/>
        <source>%1 cannot be emptied here: the form changes attributes but does not remove them. Remove it in the file, or give a value.</source>
        <translation>%1 lässt sich hier nicht leeren: Das Formular ändert Attribute, entfernt sie aber nicht. Entfernen Sie es in der Datei, oder geben Sie einen Wert an.</translation>
    </message>
    <message>
        <location filename="../widgets/project/enveditordialog.cpp" line="239"/>
        <source>%1 changed on disk since this form opened; nothing was written. Close the form and edit the reloaded project.</source>
        <translation>%1 wurde auf der Festplatte geändert, seit dieses Formular geöffnet wurde; nichts wurde geschrieben. Schließen Sie das Formular und bearbeiten Sie das neu geladene Projekt.</translation>
    </message>
    <message>
        <location filename="../widgets/project/enveditordialog.cpp" line="247"/>
        <source>Could not write %1: %2; the file is unchanged.</source>
        <translation>%1 konnte nicht geschrieben werden: %2; die Datei ist unverändert.</translation>
    </message>
    <message>
        <location filename="../widgets/project/enveditordialog.cpp" line="279"/>
        <source>The env is gone.</source>
        <translation>Die Umgebung gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../widgets/project/enveditordialog.cpp" line="285"/>
        <source>%1 is not set.</source>
        <translation>%1 ist nicht gesetzt.</translation>
    </message>
    <message>
        <location filename="../widgets/project/enveditordialog.cpp" line="291"/>
        <location filename="../widgets/project/enveditordialog.cpp" line="303"/>
        <source>%1 is not a database: it is a schema source (%2), nothing to connect to.</source>
        <translation>%1 ist keine Datenbank, sondern eine Schemaquelle (%2); es gibt nichts zu verbinden.</translation>
    </message>
    <message>
        <location filename="../widgets/project/enveditordialog.cpp" line="309"/>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1…</translation>
    </message>
</context>
<context>
    <name>strata::EnvRequest</name>
    <message>
        <location filename="../core/load/envrequest.cpp" line="24"/>
        <source>env &quot;%1&quot; has %2 src values; Strata loads one source at a time.</source>
        <translation>Env „%1“ hat %2 src-Werte; Strata lädt jeweils eine Quelle.</translation>
    </message>
    <message>
        <location filename="../core/load/envrequest.cpp" line="40"/>
        <source>env &quot;%1&quot; has no %2 attribute: set it in %3.</source>
        <translation>Env „%1“ hat kein Attribut %2: setzen Sie es in %3.</translation>
    </message>
    <message>
        <location filename="../core/load/envrequest.cpp" line="72"/>
        <source>env &quot;%1&quot;: dev must be a database URL, not %2.</source>
        <translation>Env „%1“: dev muss eine Datenbank-URL sein, nicht %2.</translation>
    </message>
    <message>
        <location filename="../core/load/envrequest.cpp" line="77"/>
        <source>env &quot;%1&quot; dev: %2</source>
        <translation>Env „%1“ dev: %2</translation>
    </message>
    <message>
        <location filename="../core/load/envrequest.cpp" line="84"/>
        <source>env &quot;%1&quot; refers to %2, but %3 has no data &quot;external_schema&quot; &quot;%4&quot; block.</source>
        <translation>Env „%1“ verweist auf %2, aber %3 hat keinen Block data &quot;external_schema&quot; &quot;%4&quot;.</translation>
    </message>
    <message>
        <location filename="../core/load/envrequest.cpp" line="98"/>
        <source>env &quot;%1&quot;: %2</source>
        <translation>Env „%1“: %2</translation>
    </message>
    <message>
        <location filename="../core/load/envrequest.cpp" line="114"/>
        <source>env &quot;%1&quot; %2 is %3: an env:// URL cannot point to another env:// URL.</source>
        <translation>Env „%1“ %2 ist %3: eine env://-URL kann nicht auf eine andere env://-URL zeigen.</translation>
    </message>
    <message>
        <location filename="../core/load/envrequest.cpp" line="119"/>
        <source>env &quot;%1&quot; %2</source>
        <translation>Env „%1“ %2</translation>
    </message>
</context>
<context>
    <name>strata::Error</name>
    <message>
        <location filename="../core/util/error.cpp" line="9"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>strata::FindBar</name>
    <message>
        <location filename="../widgets/editor/findbar.cpp" line="22"/>
        <source>Find…</source>
        <translation>Suchen…</translation>
    </message>
    <message>
        <location filename="../widgets/editor/findbar.cpp" line="28"/>
        <source>Find previous (Shift+F3)</source>
        <translation>Vorheriges suchen (Umschalt+F3)</translation>
    </message>
    <message>
        <location filename="../widgets/editor/findbar.cpp" line="32"/>
        <source>Find next (F3)</source>
        <translation>Nächstes suchen (F3)</translation>
    </message>
    <message>
        <location filename="../widgets/editor/findbar.cpp" line="37"/>
        <location filename="../widgets/editor/findbar.cpp" line="86"/>
        <source>Search wrapped</source>
        <translation>Suche am Anfang fortgesetzt</translation>
    </message>
    <message>
        <location filename="../widgets/editor/findbar.cpp" line="41"/>
        <source>Close the find bar (Escape)</source>
        <translation>Suchleiste schließen (Esc)</translation>
    </message>
    <message>
        <location filename="../widgets/editor/findbar.cpp" line="47"/>
        <source>Find:</source>
        <translation>Suchen:</translation>
    </message>
    <message>
        <location filename="../widgets/editor/findbar.cpp" line="79"/>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
</context>
<context>
    <name>strata::HashFile</name>
    <message>
        <location filename="../core/migrate/hashfile.cpp" line="69"/>
        <source>checksum file format invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/migrate/hashfile.cpp" line="78"/>
        <source>checksum mismatch</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>strata::HclDocument</name>
    <message>
        <location filename="../core/hcl/parse/document.cpp" line="119"/>
        <source>%1: more than one block %2 matches; the file is ambiguous here</source>
        <translation>%1: mehr als ein Block %2 passt; die Datei ist an dieser Stelle mehrdeutig</translation>
    </message>
    <message>
        <location filename="../core/hcl/parse/document.cpp" line="174"/>
        <source>the new value of &quot;%1&quot; is not a valid expression: %2</source>
        <translation>der neue Wert von „%1“ ist kein gültiger Ausdruck: %2</translation>
    </message>
    <message>
        <location filename="../core/hcl/parse/document.cpp" line="182"/>
        <source>%1 has no block %2</source>
        <translation>%1 hat keinen Block %2</translation>
    </message>
    <message>
        <location filename="../core/hcl/parse/document.cpp" line="262"/>
        <source>the edit would make the file invalid: %1</source>
        <translation>die Änderung würde die Datei ungültig machen: %1</translation>
    </message>
</context>
<context>
    <name>strata::HclEnv</name>
    <message>
        <location filename="../core/project/env.cpp" line="73"/>
        <source>%1: env &quot;%2&quot; has no &quot;%3&quot; attribute</source>
        <translation>%1: Env „%2“ hat kein Attribut „%3“</translation>
    </message>
    <message>
        <location filename="../core/project/env.cpp" line="76"/>
        <source>%1 refers to %2: an env:// URL cannot point to another env:// URL</source>
        <translation>%1 verweist auf %2: eine env://-URL kann nicht auf eine andere env://-URL zeigen</translation>
    </message>
</context>
<context>
    <name>strata::HclEvaluator</name>
    <message>
        <location filename="../core/hcl/parse/evaluator.cpp" line="85"/>
        <source>an object key must be a string</source>
        <translation>ein Objektschlüssel muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <location filename="../core/hcl/parse/evaluator.cpp" line="125"/>
        <location filename="../core/hcl/parse/evaluator.cpp" line="140"/>
        <source>undefined variable &quot;%1&quot;</source>
        <translation>nicht definierte Variable „%1“</translation>
    </message>
    <message>
        <location filename="../core/hcl/parse/evaluator.cpp" line="142"/>
        <source>undefined local value &quot;%1&quot;</source>
        <translation>nicht definierter lokaler Wert „%1“</translation>
    </message>
    <message>
        <location filename="../core/hcl/parse/evaluator.cpp" line="144"/>
        <source>&quot;%1&quot; has no attribute &quot;%2&quot;</source>
        <translation>„%1“ hat kein Attribut „%2“</translation>
    </message>
    <message>
        <location filename="../core/hcl/parse/evaluator.cpp" line="148"/>
        <source>cannot read attribute &quot;%1&quot; of &quot;%2&quot;: it is null</source>
        <translation>Attribut „%1“ von „%2“ kann nicht gelesen werden: der Wert ist null</translation>
    </message>
    <message>
        <location filename="../core/hcl/parse/evaluator.cpp" line="150"/>
        <source>cannot read attribute &quot;%1&quot; of &quot;%2&quot;: it is a %3, not an object</source>
        <translation>Attribut „%1“ von „%2“ kann nicht gelesen werden: der Wert ist vom Typ %3, kein Objekt</translation>
    </message>
    <message>
        <location filename="../core/hcl/parse/evaluator.cpp" line="165"/>
        <source>a list index must be a whole number, got %1</source>
        <translation>ein Listenindex muss eine ganze Zahl sein, erhalten: %1</translation>
    </message>
    <message>
        <location filename="../core/hcl/parse/evaluator.cpp" line="168"/>
        <source>index %1 is out of range: the list has %2 items</source>
        <translation>Index %1 liegt außerhalb des Bereichs: die Liste hat %2 Einträge</translation>
    </message>
    <message>
        <location filename="../core/hcl/parse/evaluator.cpp" line="177"/>
        <location filename="../core/hcl/parse/templateevaluator.cpp" line="57"/>
        <source>an object key must be a string, got %1</source>
        <translation>ein Objektschlüssel muss eine Zeichenkette sein, erhalten: %1</translation>
    </message>
    <message>
        <location filename="../core/hcl/parse/evaluator.cpp" line="180"/>
        <source>&quot;%1&quot; has no key %2</source>
        <translation>„%1“ hat keinen Schlüssel %2</translation>
    </message>
    <message>
        <location filename="../core/hcl/parse/evaluator.cpp" line="184"/>
        <source>cannot index &quot;%1&quot;: it is %2, not a list or an object</source>
        <translation>„%1“ kann nicht indiziert werden: der Wert ist %2, keine Liste und kein Objekt</translation>
    </message>
    <message>
        <location filename="../core/hcl/parse/evaluator.cpp" line="209"/>
        <source>function &quot;try&quot; takes at least 1 argument, got 0</source>
        <translation>die Funktion „try“ erwartet mindestens 1 Argument, erhalten: 0</translation>
    </message>
    <message>
        <location filename="../core/hcl/parse/evaluator.cpp" line="210"/>
        <source>function &quot;can&quot; takes 1 argument, got %1</source>
        <translation>die Funktion „can“ erwartet 1 Argument, erhalten: %1</translation>
    </message>
    <message>
        <location filename="../core/hcl/parse/evaluator.cpp" line="230"/>
        <source>unknown function &quot;%1&quot;</source>
        <translation>unbekannte Funktion „%1“</translation>
    </message>
    <message>
        <location filename="../core/hcl/parse/evaluator.cpp" line="238"/>
        <source>the argument before &quot;...&quot; must be a list, got %1</source>
        <translation>das Argument vor „...“ muss eine Liste sein, erhalten: %1</translation>
    </message>
    <message>
        <location filename="../core/hcl/parse/evaluator.cpp" line="253"/>
        <source>1 argument</source>
        <translation>1 Argument</translation>
    </message>
    <message>
        <location filename="../core/hcl/parse/evaluator.cpp" line="254"/>
        <source>%1 arguments</source>
        <translation>%1 Argumente</translation>
    </message>
    <message>
        <location filename="../core/hcl/parse/evaluator.cpp" line="256"/>
        <source>at least %1</source>
        <translation>mindestens %1</translation>
    </message>
    <message>
        <location filename="../core/hcl/parse/evaluator.cpp" line="260"/>
        <source>%1 to %2 arguments</source>
        <translation>%1 bis %2 Argumente</translation>
    </message>
    <message>
        <location filename="../core/hcl/parse/evaluator.cpp" line="263"/>
        <source>function &quot;%1&quot; takes %2, got %3</source>
        <translation>die Funktion „%1“ erwartet %2, erhalten: %3</translation>
    </message>
    <message>
        <location filename="../core/hcl/parse/evaluator.cpp" line="280"/>
        <source>a condition must be true or false, got %1</source>
        <translation>eine Bedingung muss true oder false sein, erhalten: %1</translation>
    </message>
    <message>
        <location filename="../core/hcl/parse/evaluator.cpp" line="289"/>
        <source>the operands of &quot;%1&quot; must be numbers, got %2</source>
        <translation>die Operanden von „%1“ müssen Zahlen sein, erhalten: %2</translation>
    </message>
    <message>
        <location filename="../core/hcl/parse/evaluator.cpp" line="337"/>
        <source>division by zero</source>
        <translation>Division durch null</translation>
    </message>
    <message>
        <location filename="../core/hcl/parse/evaluator.cpp" line="340"/>
        <source>unsupported operator</source>
        <translation>nicht unterstützter Operator</translation>
    </message>
    <message>
        <location filename="../core/hcl/parse/templateevaluator.cpp" line="31"/>
        <source>cannot iterate over %1: it is %2, not a list, set or object</source>
        <translation>über %1 kann nicht iteriert werden: der Wert ist %2, keine Liste, keine Menge und kein Objekt</translation>
    </message>
    <message>
        <location filename="../core/hcl/parse/templateevaluator.cpp" line="64"/>
        <source>duplicate key &quot;%1&quot;; add &quot;...&quot; after the value to group the values by key</source>
        <translation>doppelter Schlüssel „%1“; fügen Sie „...“ nach dem Wert hinzu, um die Werte nach Schlüssel zu gruppieren</translation>
    </message>
    <message>
        <location filename="../core/hcl/parse/templateevaluator.cpp" line="130"/>
        <source>&quot;%1&quot; is null and cannot be used in a string</source>
        <translation>„%1“ ist null und kann nicht in einer Zeichenkette verwendet werden</translation>
    </message>
    <message>
        <location filename="../core/hcl/parse/templateevaluator.cpp" line="132"/>
        <source>&quot;%1&quot; is a %2 and cannot be used in a string; use join() or jsonencode()</source>
        <translation>„%1“ ist vom Typ %2 und kann nicht in einer Zeichenkette verwendet werden; verwenden Sie join() oder jsonencode()</translation>
    </message>
</context>
<context>
    <name>strata::HclFunctions</name>
    <message>
        <location filename="../core/hcl/parse/formatfunction.cpp" line="46"/>
        <source>format: &quot;%%1&quot; needs a number, got %2</source>
        <translation>format: „%%1“ braucht eine Zahl, erhalten: %2</translation>
    </message>
    <message>
        <location filename="../core/hcl/parse/formatfunction.cpp" line="68"/>
        <source>format: &quot;%s&quot; needs a string, got %1</source>
        <translation>format: „%s“ braucht eine Zeichenkette, erhalten: %1</translation>
    </message>
    <message>
        <location filename="../core/hcl/parse/formatfunction.cpp" line="76"/>
        <source>format: &quot;%q&quot; needs a string, got %1</source>
        <translation>format: „%q“ braucht eine Zeichenkette, erhalten: %1</translation>
    </message>
    <message>
        <location filename="../core/hcl/parse/formatfunction.cpp" line="83"/>
        <source>format: &quot;%d&quot; needs a whole number, got %1</source>
        <translation>format: „%d“ braucht eine ganze Zahl, erhalten: %1</translation>
    </message>
    <message>
        <location filename="../core/hcl/parse/formatfunction.cpp" line="98"/>
        <source>format: &quot;%t&quot; needs a bool, got %1</source>
        <translation>format: „%t“ braucht einen Wahrheitswert, erhalten: %1</translation>
    </message>
    <message>
        <location filename="../core/hcl/parse/formatfunction.cpp" line="104"/>
        <source>format: unsupported verb &quot;%%1&quot;; use %s, %d, %f, %t, %q or %v</source>
        <translation>format: nicht unterstütztes Verb „%%1“; verwenden Sie %s, %d, %f, %t, %q oder %v</translation>
    </message>
    <message>
        <location filename="../core/hcl/parse/formatfunction.cpp" line="125"/>
        <source>format: the format ends with a lone &quot;%&quot;</source>
        <translation>format: das Format endet mit einem einzelnen „%“</translation>
    </message>
    <message>
        <location filename="../core/hcl/parse/formatfunction.cpp" line="151"/>
        <source>format: the verb &quot;%1&quot; is incomplete</source>
        <translation>format: das Verb „%1“ ist unvollständig</translation>
    </message>
    <message>
        <location filename="../core/hcl/parse/formatfunction.cpp" line="155"/>
        <source>format: not enough arguments for &quot;%1&quot;</source>
        <translation>format: nicht genug Argumente für „%1“</translation>
    </message>
    <message>
        <location filename="../core/hcl/parse/formatfunction.cpp" line="161"/>
        <source>format: too many arguments; the format uses %1 of %2</source>
        <translation>format: zu viele Argumente; das Format verwendet %1 von %2</translation>
    </message>
    <message>
        <location filename="../core/hcl/parse/functions.cpp" line="19"/>
        <source>%1: argument %2 must be a string, got %3</source>
        <translation>%1: Argument %2 muss eine Zeichenkette sein, erhalten: %3</translation>
    </message>
    <message>
        <location filename="../core/hcl/parse/functions.cpp" line="31"/>
        <source>%1: argument %2 must be a list, got %3</source>
        <translation>%1: Argument %2 muss eine Liste sein, erhalten: %3</translation>
    </message>
    <message>
        <location filename="../core/hcl/parse/functions.cpp" line="53"/>
        <source>file: cannot read &quot;%1&quot;: %2</source>
        <translation>file: „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../core/hcl/parse/functions.cpp" line="84"/>
        <source>join: the list items must be strings, found %1</source>
        <translation>join: die Listeneinträge müssen Zeichenketten sein, gefunden: %1</translation>
    </message>
    <message>
        <location filename="../core/hcl/parse/functions.cpp" line="111"/>
        <source>replace: invalid regular expression: %1</source>
        <translation>replace: ungültiger regulärer Ausdruck: %1</translation>
    </message>
    <message>
        <location filename="../core/hcl/parse/functions.cpp" line="141"/>
        <source>length: argument 1 must be a string, list or object, got %1</source>
        <translation>length: Argument 1 muss eine Zeichenkette, Liste oder ein Objekt sein, erhalten: %1</translation>
    </message>
    <message>
        <location filename="../core/hcl/parse/functions.cpp" line="152"/>
        <source>coalesce: every argument is null or an empty string</source>
        <translation>coalesce: alle Argumente sind null oder leere Zeichenketten</translation>
    </message>
    <message>
        <location filename="../core/hcl/parse/functions.cpp" line="179"/>
        <source>tonumber: %1 is not a number</source>
        <translation>tonumber: %1 ist keine Zahl</translation>
    </message>
    <message>
        <location filename="../core/hcl/parse/functions.cpp" line="199"/>
        <source>%1: argument %2 must be an object, got %3</source>
        <translation>%1: Argument %2 muss ein Objekt sein, erhalten: %3</translation>
    </message>
    <message>
        <location filename="../core/hcl/parse/urlfunctions.cpp" line="16"/>
        <source>%1: invalid URL: %2</source>
        <translation>%1: ungültige URL: %2</translation>
    </message>
</context>
<context>
    <name>strata::HclLexer</name>
    <message>
        <location filename="../widgets/editor/hcllexer.cpp" line="20"/>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../widgets/editor/hcllexer.cpp" line="22"/>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location filename="../widgets/editor/hcllexer.cpp" line="24"/>
        <source>String</source>
        <translation>Zeichenkette</translation>
    </message>
    <message>
        <location filename="../widgets/editor/hcllexer.cpp" line="26"/>
        <source>Escape sequence</source>
        <translation>Escape-Sequenz</translation>
    </message>
    <message>
        <location filename="../widgets/editor/hcllexer.cpp" line="28"/>
        <source>Interpolation</source>
        <translation>Interpolation</translation>
    </message>
    <message>
        <location filename="../widgets/editor/hcllexer.cpp" line="30"/>
        <source>Number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <location filename="../widgets/editor/hcllexer.cpp" line="32"/>
        <source>Block keyword</source>
        <translation>Block-Schlüsselwort</translation>
    </message>
    <message>
        <location filename="../widgets/editor/hcllexer.cpp" line="34"/>
        <source>Boolean or null</source>
        <translation>Wahrheitswert oder null</translation>
    </message>
    <message>
        <location filename="../widgets/editor/hcllexer.cpp" line="36"/>
        <source>Identifier</source>
        <translation>Bezeichner</translation>
    </message>
    <message>
        <location filename="../widgets/editor/hcllexer.cpp" line="38"/>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location filename="../core/hcl/parse/lexer.cpp" line="117"/>
        <source>unterminated template sequence: expected &quot;}&quot; to close it</source>
        <translation>nicht abgeschlossene Vorlagensequenz: „}“ zum Schließen erwartet</translation>
    </message>
    <message>
        <location filename="../core/hcl/parse/lexer.cpp" line="208"/>
        <source>invalid operator &quot;&amp;&quot;; did you mean &quot;&amp;&amp;&quot;?</source>
        <translation>ungültiger Operator „&amp;“; meinten Sie „&amp;&amp;“?</translation>
    </message>
    <message>
        <location filename="../core/hcl/parse/lexer.cpp" line="212"/>
        <source>invalid operator &quot;|&quot;; did you mean &quot;||&quot;?</source>
        <translation>ungültiger Operator „|“; meinten Sie „||“?</translation>
    </message>
    <message>
        <location filename="../core/hcl/parse/lexer.cpp" line="226"/>
        <source>invalid character &quot;%1&quot;</source>
        <translation>ungültiges Zeichen „%1“</translation>
    </message>
    <message>
        <location filename="../core/hcl/parse/lexer.cpp" line="236"/>
        <source>unterminated comment: expected &quot;*/&quot; to close it</source>
        <translation>nicht abgeschlossener Kommentar: „*/“ zum Schließen erwartet</translation>
    </message>
    <message>
        <location filename="../core/hcl/parse/lexer.cpp" line="281"/>
        <source>invalid heredoc: expected a marker such as EOT right after &quot;&lt;&lt;&quot;</source>
        <translation>ungültiges Heredoc: direkt nach „&lt;&lt;“ wird eine Marke wie EOT erwartet</translation>
    </message>
    <message>
        <location filename="../core/hcl/parse/lexer.cpp" line="289"/>
        <source>invalid heredoc: the line must end right after the marker &quot;%1&quot;</source>
        <translation>ungültiges Heredoc: die Zeile muss direkt nach der Marke „%1“ enden</translation>
    </message>
    <message>
        <location filename="../core/hcl/parse/lexer.cpp" line="326"/>
        <source>unterminated string: a quoted string must end with &quot; on the same line</source>
        <translation>nicht abgeschlossene Zeichenkette: eine Zeichenkette in Anführungszeichen muss in derselben Zeile mit &quot; enden</translation>
    </message>
    <message>
        <location filename="../core/hcl/parse/lexer.cpp" line="369"/>
        <source>unterminated heredoc: expected the marker &quot;%1&quot; on a line of its own</source>
        <translation>nicht abgeschlossenes Heredoc: die Marke „%1“ wird in einer eigenen Zeile erwartet</translation>
    </message>
</context>
<context>
    <name>strata::HclParser</name>
    <message>
        <location filename="../core/hcl/parse/expressionparser.cpp" line="70"/>
        <source>expected &quot;:&quot; in the conditional expression, found %1</source>
        <translation>„:“ im bedingten Ausdruck erwartet, gefunden: %1</translation>
    </message>
    <message>
        <location filename="../core/hcl/parse/expressionparser.cpp" line="140"/>
        <source>expected an attribute name after &quot;.&quot;, found %1</source>
        <translation>Attributname nach „.“ erwartet, gefunden: %1</translation>
    </message>
    <message>
        <location filename="../core/hcl/parse/expressionparser.cpp" line="166"/>
        <location filename="../core/hcl/parse/expressionparser.cpp" line="198"/>
        <source>expected &quot;]&quot; to close the index, found %1</source>
        <translation>„]“ zum Schließen des Index erwartet, gefunden: %1</translation>
    </message>
    <message>
        <location filename="../core/hcl/parse/expressionparser.cpp" line="252"/>
        <source>expected &quot;)&quot; to close the parenthesis, found %1</source>
        <translation>„)“ zum Schließen der Klammer erwartet, gefunden: %1</translation>
    </message>
    <message>
        <location filename="../core/hcl/parse/expressionparser.cpp" line="259"/>
        <location filename="../core/hcl/parse/parser.cpp" line="142"/>
        <source>expected an expression, found %1</source>
        <translation>Ausdruck erwartet, gefunden: %1</translation>
    </message>
    <message>
        <location filename="../core/hcl/parse/expressionparser.cpp" line="278"/>
        <location filename="../core/hcl/parse/expressionparser.cpp" line="285"/>
        <source>the list opened here is not closed: expected &quot;]&quot;</source>
        <translation>die hier geöffnete Liste ist nicht geschlossen: „]“ erwartet</translation>
    </message>
    <message>
        <location filename="../core/hcl/parse/expressionparser.cpp" line="287"/>
        <source>expected &quot;,&quot; or &quot;]&quot; in the list, found %1</source>
        <translation>„,“ oder „]“ in der Liste erwartet, gefunden: %1</translation>
    </message>
    <message>
        <location filename="../core/hcl/parse/expressionparser.cpp" line="308"/>
        <source>the object opened here is not closed: expected &quot;}&quot;</source>
        <translation>das hier geöffnete Objekt ist nicht geschlossen: „}“ erwartet</translation>
    </message>
    <message>
        <location filename="../core/hcl/parse/expressionparser.cpp" line="322"/>
        <source>expected &quot;=&quot; or &quot;:&quot; after the object key, found %1</source>
        <translation>„=“ oder „:“ nach dem Objektschlüssel erwartet, gefunden: %1</translation>
    </message>
    <message>
        <location filename="../core/hcl/parse/expressionparser.cpp" line="332"/>
        <source>expected &quot;,&quot;, a line break or &quot;}&quot; after the object item, found %1</source>
        <translation>„,“, Zeilenumbruch oder „}“ nach dem Objekteintrag erwartet, gefunden: %1</translation>
    </message>
    <message>
        <location filename="../core/hcl/parse/expressionparser.cpp" line="347"/>
        <location filename="../core/hcl/parse/templateparser.cpp" line="276"/>
        <source>expected a variable name after &quot;for&quot;, found %1</source>
        <translation>Variablenname nach „for“ erwartet, gefunden: %1</translation>
    </message>
    <message>
        <location filename="../core/hcl/parse/expressionparser.cpp" line="353"/>
        <location filename="../core/hcl/parse/templateparser.cpp" line="282"/>
        <source>expected a variable name after &quot;,&quot;, found %1</source>
        <translation>Variablenname nach „,“ erwartet, gefunden: %1</translation>
    </message>
    <message>
        <location filename="../core/hcl/parse/expressionparser.cpp" line="359"/>
        <location filename="../core/hcl/parse/templateparser.cpp" line="286"/>
        <source>expected &quot;in&quot; after the variables of &quot;for&quot;, found %1</source>
        <translation>„in“ nach den Variablen von „for“ erwartet, gefunden: %1</translation>
    </message>
    <message>
        <location filename="../core/hcl/parse/expressionparser.cpp" line="364"/>
        <source>expected &quot;:&quot; after the collection of &quot;for&quot;, found %1</source>
        <translation>„:“ nach der Sammlung von „for“ erwartet, gefunden: %1</translation>
    </message>
    <message>
        <location filename="../core/hcl/parse/expressionparser.cpp" line="368"/>
        <source>expected &quot;=&gt;&quot; between the key and the value of &quot;for&quot;, found %1</source>
        <translation>„=&gt;“ zwischen Schlüssel und Wert von „for“ erwartet, gefunden: %1</translation>
    </message>
    <message>
        <location filename="../core/hcl/parse/expressionparser.cpp" line="382"/>
        <source>expected &quot;}&quot; to close the &quot;for&quot; expression, found %1</source>
        <translation>„}“ zum Schließen des „for“-Ausdrucks erwartet, gefunden: %1</translation>
    </message>
    <message>
        <location filename="../core/hcl/parse/expressionparser.cpp" line="385"/>
        <source>expected &quot;]&quot; to close the &quot;for&quot; expression, found %1</source>
        <translation>„]“ zum Schließen des „for“-Ausdrucks erwartet, gefunden: %1</translation>
    </message>
    <message>
        <location filename="../core/hcl/parse/expressionparser.cpp" line="400"/>
        <location filename="../core/hcl/parse/expressionparser.cpp" line="414"/>
        <source>the arguments of &quot;%1&quot; are not closed: expected &quot;)&quot;</source>
        <translation>die Argumente von „%1“ sind nicht geschlossen: „)“ erwartet</translation>
    </message>
    <message>
        <location filename="../core/hcl/parse/expressionparser.cpp" line="409"/>
        <source>&quot;...&quot; may only follow the last argument</source>
        <translation>„...“ darf nur auf das letzte Argument folgen</translation>
    </message>
    <message>
        <location filename="../core/hcl/parse/expressionparser.cpp" line="418"/>
        <source>expected &quot;,&quot; or &quot;)&quot; in the arguments of &quot;%1&quot;, found %2</source>
        <translation>„,“ oder „)“ in den Argumenten von „%1“ erwartet, gefunden: %2</translation>
    </message>
    <message>
        <location filename="../core/hcl/parse/parser.cpp" line="35"/>
        <source>nesting is too deep (more than 200 levels)</source>
        <translation>die Verschachtelung ist zu tief (mehr als 200 Ebenen)</translation>
    </message>
    <message>
        <location filename="../core/hcl/parse/parser.cpp" line="45"/>
        <source>the expression is too long (more than 1000 operators or steps in a row)</source>
        <translation>der Ausdruck ist zu lang (mehr als 1000 Operatoren oder Schritte hintereinander)</translation>
    </message>
    <message>
        <location filename="../core/hcl/parse/parser.cpp" line="109"/>
        <source>the end of the file</source>
        <translation>das Dateiende</translation>
    </message>
    <message>
        <location filename="../core/hcl/parse/parser.cpp" line="111"/>
        <source>a line break</source>
        <translation>einen Zeilenumbruch</translation>
    </message>
    <message>
        <location filename="../core/hcl/parse/parser.cpp" line="113"/>
        <source>a heredoc</source>
        <translation>ein Heredoc</translation>
    </message>
    <message>
        <location filename="../core/hcl/parse/parser.cpp" line="115"/>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../core/hcl/parse/parser.cpp" line="147"/>
        <source>unexpected %1 after the expression</source>
        <translation>unerwartet: %1 nach dem Ausdruck</translation>
    </message>
    <message>
        <location filename="../core/hcl/parse/parser.cpp" line="162"/>
        <source>block &quot;%1&quot; is not closed: expected &quot;}&quot; before the end of the file</source>
        <translation>Block „%1“ ist nicht geschlossen: „}“ vor dem Dateiende erwartet</translation>
    </message>
    <message>
        <location filename="../core/hcl/parse/parser.cpp" line="169"/>
        <source>unexpected &quot;}&quot;: no block is open here</source>
        <translation>unerwartetes „}“: hier ist kein Block offen</translation>
    </message>
    <message>
        <location filename="../core/hcl/parse/parser.cpp" line="177"/>
        <source>expected an attribute or a block, found %1</source>
        <translation>Attribut oder Block erwartet, gefunden: %1</translation>
    </message>
    <message>
        <location filename="../core/hcl/parse/parser.cpp" line="189"/>
        <source>expected a line break after the value of attribute &quot;%1&quot;, found %2</source>
        <translation>Zeilenumbruch nach dem Wert von Attribut „%1“ erwartet, gefunden: %2</translation>
    </message>
    <message>
        <location filename="../core/hcl/parse/parser.cpp" line="199"/>
        <location filename="../core/hcl/parse/parser.cpp" line="259"/>
        <source>expected &quot;=&quot; after attribute name &quot;%1&quot;</source>
        <translation>„=“ nach dem Attributnamen „%1“ erwartet</translation>
    </message>
    <message>
        <location filename="../core/hcl/parse/parser.cpp" line="209"/>
        <source>attribute &quot;%1&quot; is already defined at line %2</source>
        <translation>Attribut „%1“ ist bereits in Zeile %2 definiert</translation>
    </message>
    <message>
        <location filename="../core/hcl/parse/parser.cpp" line="213"/>
        <source>expected &quot;=&quot;, found %1</source>
        <translation>„=“ erwartet, gefunden: %1</translation>
    </message>
    <message>
        <location filename="../core/hcl/parse/parser.cpp" line="254"/>
        <source>the &quot;{&quot; of block &quot;%1&quot; must be on the same line as its labels</source>
        <translation>das „{“ von Block „%1“ muss in derselben Zeile wie seine Labels stehen</translation>
    </message>
    <message>
        <location filename="../core/hcl/parse/parser.cpp" line="260"/>
        <source>expected &quot;{&quot; to open block &quot;%1&quot;, found %2</source>
        <translation>„{“ zum Öffnen von Block „%1“ erwartet, gefunden: %2</translation>
    </message>
    <message>
        <location filename="../core/hcl/parse/parser.cpp" line="272"/>
        <source>expected a line break or a single attribute after &quot;{&quot;, found %1</source>
        <translation>Zeilenumbruch oder ein einzelnes Attribut nach „{“ erwartet, gefunden: %1</translation>
    </message>
    <message>
        <location filename="../core/hcl/parse/parser.cpp" line="280"/>
        <source>expected &quot;}&quot; to close the single-line block &quot;%1&quot;, found %2; put further attributes on their own lines</source>
        <translation>„}“ zum Schließen des einzeiligen Blocks „%1“ erwartet, gefunden: %2; schreiben Sie weitere Attribute in eigene Zeilen</translation>
    </message>
    <message>
        <location filename="../core/hcl/parse/parser.cpp" line="289"/>
        <source>expected a line break after the &quot;}&quot; of block &quot;%1&quot;, found %2</source>
        <translation>Zeilenumbruch nach dem „}“ von Block „%1“ erwartet, gefunden: %2</translation>
    </message>
    <message>
        <location filename="../core/hcl/parse/templateparser.cpp" line="160"/>
        <source>invalid escape sequence: &quot;\%1&quot; must be followed by %2 hexadecimal digits</source>
        <translation>ungültige Escape-Sequenz: auf „\%1“ müssen %2 Hexadezimalziffern folgen</translation>
    </message>
    <message>
        <location filename="../core/hcl/parse/templateparser.cpp" line="167"/>
        <source>invalid escape sequence: U+%1 is not a Unicode character</source>
        <translation>ungültige Escape-Sequenz: U+%1 ist kein Unicode-Zeichen</translation>
    </message>
    <message>
        <location filename="../core/hcl/parse/templateparser.cpp" line="178"/>
        <source>invalid escape sequence &quot;%1&quot;; write &quot;\\&quot; for a backslash</source>
        <translation>ungültige Escape-Sequenz „%1“; schreiben Sie „\\“ für einen Backslash</translation>
    </message>
    <message>
        <location filename="../core/hcl/parse/templateparser.cpp" line="199"/>
        <source>a block label must be a plain string, without &quot;${&quot; or &quot;%{&quot;</source>
        <translation>ein Block-Label muss eine einfache Zeichenkette ohne „${“ oder „%{“ sein</translation>
    </message>
    <message>
        <location filename="../core/hcl/parse/templateparser.cpp" line="230"/>
        <source>expected &quot;}&quot; to close the interpolation, found %1</source>
        <translation>„}“ zum Schließen der Interpolation erwartet, gefunden: %1</translation>
    </message>
    <message>
        <location filename="../core/hcl/parse/templateparser.cpp" line="238"/>
        <source>unexpected %1 in a string</source>
        <translation>unerwartet: %1 in einer Zeichenkette</translation>
    </message>
    <message>
        <location filename="../core/hcl/parse/templateparser.cpp" line="292"/>
        <source>expected if, else, endif, for or endfor after &quot;%{&quot;, found %1</source>
        <translation>if, else, endif, for oder endfor nach „%{“ erwartet, gefunden: %1</translation>
    </message>
    <message>
        <location filename="../core/hcl/parse/templateparser.cpp" line="297"/>
        <source>expected &quot;}&quot; to close the template directive, found %1</source>
        <translation>„}“ zum Schließen der Vorlagendirektive erwartet, gefunden: %1</translation>
    </message>
    <message>
        <location filename="../core/hcl/parse/templateparser.cpp" line="326"/>
        <source>this %1 has no matching %{ if }</source>
        <translation>zu diesem %1 gibt es kein passendes %{ if }</translation>
    </message>
    <message>
        <location filename="../core/hcl/parse/templateparser.cpp" line="331"/>
        <source>this %1 has no matching %{ for }</source>
        <translation>zu diesem %1 gibt es kein passendes %{ for }</translation>
    </message>
    <message>
        <location filename="../core/hcl/parse/templateparser.cpp" line="348"/>
        <source>a %{ if } can have only one %{ else }</source>
        <translation>ein %{ if } kann nur ein %{ else } haben</translation>
    </message>
    <message>
        <location filename="../core/hcl/parse/templateparser.cpp" line="353"/>
        <source>this %{ if } has no matching %{ endif }</source>
        <translation>zu diesem %{ if } gibt es kein passendes %{ endif }</translation>
    </message>
    <message>
        <location filename="../core/hcl/parse/templateparser.cpp" line="354"/>
        <source>this %{ for } has no matching %{ endfor }</source>
        <translation>zu diesem %{ for } gibt es kein passendes %{ endfor }</translation>
    </message>
</context>
<context>
    <name>strata::HclProject</name>
    <message>
        <location filename="../core/project/envloader.cpp" line="68"/>
        <source>%1 must be a string, found %2</source>
        <translation>%1 muss eine Zeichenkette sein, gefunden: %2</translation>
    </message>
    <message>
        <location filename="../core/project/envloader.cpp" line="89"/>
        <source>%1 must be a string or a list of strings, found %2</source>
        <translation>%1 muss eine Zeichenkette oder eine Liste von Zeichenketten sein, gefunden: %2</translation>
    </message>
    <message>
        <location filename="../core/project/envloader.cpp" line="95"/>
        <source>%1 must be a list of strings, found an item of type %2</source>
        <translation>%1 muss eine Liste von Zeichenketten sein, gefunden: ein Element vom Typ %2</translation>
    </message>
    <message>
        <location filename="../core/project/envloader.cpp" line="120"/>
        <source>an env block without a label needs a name attribute, such as name = atlas.env</source>
        <translation>ein env-Block ohne Label braucht ein Attribut name, etwa name = atlas.env</translation>
    </message>
    <message>
        <location filename="../core/project/envloader.cpp" line="145"/>
        <source>for_each must be a set, a list or an object, found %1; wrap a list in toset()</source>
        <translation>for_each muss eine Menge, eine Liste oder ein Objekt sein, gefunden: %1; schließen Sie eine Liste in toset() ein</translation>
    </message>
    <message>
        <location filename="../core/project/envloader.cpp" line="174"/>
        <source>the name of a dynamic env must be a string</source>
        <translation>der Name eines dynamischen Env muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <location filename="../core/project/envloader.cpp" line="222"/>
        <source>unknown block &quot;%1&quot; in env &quot;%2&quot;; Strata keeps it but does not use it</source>
        <translation>unbekannter Block „%1“ in Env „%2“; Strata behält ihn, verwendet ihn aber nicht</translation>
    </message>
    <message>
        <location filename="../core/project/envloader.cpp" line="292"/>
        <source>unknown attribute &quot;%1&quot; in migration; Strata keeps it but does not use it</source>
        <translation>unbekanntes Attribut „%1“ in migration; Strata behält es, verwendet es aber nicht</translation>
    </message>
    <message>
        <location filename="../core/project/envloader.cpp" line="300"/>
        <source>unknown block &quot;%1&quot; in migration; Strata keeps it but does not use it</source>
        <translation>unbekannter Block „%1“ in migration; Strata behält ihn, verwendet ihn aber nicht</translation>
    </message>
    <message>
        <location filename="../core/project/envloader.cpp" line="316"/>
        <source>unknown attribute &quot;%1&quot; in format; expected the blocks migrate and schema</source>
        <translation>unbekanntes Attribut „%1“ in format; erwartet werden die Blöcke migrate und schema</translation>
    </message>
    <message>
        <location filename="../core/project/envloader.cpp" line="325"/>
        <source>unknown block &quot;%1&quot; in format; Strata keeps it but does not use it</source>
        <translation>unbekannter Block „%1“ in format; Strata behält ihn, verwendet ihn aber nicht</translation>
    </message>
    <message>
        <location filename="../core/project/envloader.cpp" line="353"/>
        <source>the env sets both src and schema.src; src is used</source>
        <translation>das Env setzt sowohl src als auch schema.src; src wird verwendet</translation>
    </message>
    <message>
        <location filename="../core/project/envloader.cpp" line="358"/>
        <source>unknown attribute &quot;%1&quot; in schema; Strata keeps it but does not use it</source>
        <translation>unbekanntes Attribut „%1“ in schema; Strata behält es, verwendet es aber nicht</translation>
    </message>
    <message>
        <location filename="../core/project/envloader.cpp" line="366"/>
        <source>unknown block &quot;%1&quot; in schema; Strata keeps it but does not use it</source>
        <translation>unbekannter Block „%1“ in schema; Strata behält ihn, verwendet ihn aber nicht</translation>
    </message>
    <message>
        <location filename="../core/project/envrewrite.cpp" line="28"/>
        <source>atlas.hcl has no block env &quot;%1&quot;</source>
        <translation>atlas.hcl hat keinen Block env „%1“</translation>
    </message>
    <message>
        <location filename="../core/project/envrewrite.cpp" line="30"/>
        <source>env &quot;%1&quot; is defined by %2 blocks; edit the file by hand</source>
        <translation>Env „%1“ wird durch %2 Blöcke definiert; bearbeiten Sie die Datei von Hand</translation>
    </message>
    <message>
        <location filename="../core/project/envrewrite.cpp" line="35"/>
        <source>invalid attribute path &quot;%1&quot;</source>
        <translation>ungültiger Attributpfad „%1“</translation>
    </message>
    <message>
        <location filename="../core/project/project.cpp" line="26"/>
        <source>Cannot read the project file %1: %2</source>
        <translation>Die Projektdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../core/project/envselection.cpp" line="29"/>
        <source>env &quot;%1&quot; is not defined: %2 has no env blocks</source>
        <translation>Env „%1“ ist nicht definiert: %2 hat keine env-Blöcke</translation>
    </message>
    <message>
        <location filename="../core/project/envselection.cpp" line="31"/>
        <source>env &quot;%1&quot; is not defined in %2; it defines: %3</source>
        <translation>Env „%1“ ist in %2 nicht definiert; definiert sind: %3</translation>
    </message>
    <message>
        <location filename="../core/project/envselection.cpp" line="37"/>
        <source>multiple envs found for &quot;%1&quot;</source>
        <translation>mehrere Envs für „%1“ gefunden</translation>
    </message>
    <message>
        <location filename="../core/project/envselection.cpp" line="44"/>
        <source>env &quot;%1&quot; has no instance %2; its instances are: %3</source>
        <translation>Umgebung „%1“ hat keine Instanz %2; ihre Instanzen sind: %3</translation>
    </message>
    <message>
        <location filename="../core/project/projectloader.cpp" line="33"/>
        <source>--var %1=%2: variable &quot;%1&quot; is a number</source>
        <translation>--var %1=%2: Variable „%1“ ist eine Zahl</translation>
    </message>
    <message>
        <location filename="../core/project/projectloader.cpp" line="40"/>
        <source>--var %1=%2: variable &quot;%1&quot; is a bool (true or false)</source>
        <translation>--var %1=%2: Variable „%1“ ist ein Wahrheitswert (true oder false)</translation>
    </message>
    <message>
        <location filename="../core/project/projectloader.cpp" line="135"/>
        <source>unknown top-level attribute &quot;%1&quot;; Strata keeps it but does not use it</source>
        <translation>unbekanntes Attribut „%1“ auf oberster Ebene; Strata behält es, verwendet es aber nicht</translation>
    </message>
    <message>
        <location filename="../core/project/projectloader.cpp" line="151"/>
        <source>an env block takes at most one label, its name</source>
        <translation>ein env-Block hat höchstens ein Label, seinen Namen</translation>
    </message>
    <message>
        <location filename="../core/project/projectloader.cpp" line="155"/>
        <source>unknown block &quot;%1&quot;; Strata keeps it but does not use it</source>
        <translation>unbekannter Block „%1“; Strata behält ihn, verwendet ihn aber nicht</translation>
    </message>
    <message>
        <location filename="../core/project/projectloader.cpp" line="168"/>
        <source>a variable block needs exactly one label, its name: variable &quot;name&quot; { ... }</source>
        <translation>ein variable-Block braucht genau ein Label, seinen Namen: variable „name“ { ... }</translation>
    </message>
    <message>
        <location filename="../core/project/projectloader.cpp" line="173"/>
        <source>variable &quot;%1&quot; is declared more than once</source>
        <translation>Variable „%1“ ist mehrfach deklariert</translation>
    </message>
    <message>
        <location filename="../core/project/projectloader.cpp" line="184"/>
        <source>unknown attribute &quot;%1&quot; in variable &quot;%2&quot;; it is ignored</source>
        <translation>unbekanntes Attribut „%1“ in Variable „%2“; es wird ignoriert</translation>
    </message>
    <message>
        <location filename="../core/project/projectloader.cpp" line="189"/>
        <source>unknown block &quot;%1&quot; in variable &quot;%2&quot;; it is ignored</source>
        <translation>unbekannter Block „%1“ in Variable „%2“; er wird ignoriert</translation>
    </message>
    <message>
        <location filename="../core/project/projectloader.cpp" line="208"/>
        <source>variable &quot;%1&quot; has no value: pass --var %1=VALUE or give it a default</source>
        <translation>Variable „%1“ hat keinen Wert: übergeben Sie --var %1=WERT oder geben Sie ihr einen Standardwert</translation>
    </message>
    <message>
        <location filename="../core/project/projectloader.cpp" line="218"/>
        <source>: --var %1: no variable &quot;%1&quot; is declared; the value is ignored</source>
        <translation>: --var %1: es ist keine Variable „%1“ deklariert; der Wert wird ignoriert</translation>
    </message>
    <message>
        <location filename="../core/project/projectloader.cpp" line="233"/>
        <source>a data block needs two labels, its type and its name: data &quot;external_schema&quot; &quot;name&quot; { ... }</source>
        <translation>ein data-Block braucht zwei Labels, seinen Typ und seinen Namen: data &quot;external_schema&quot; &quot;name&quot; { ... }</translation>
    </message>
    <message>
        <location filename="../core/project/projectloader.cpp" line="239"/>
        <source>data &quot;%1&quot; &quot;%2&quot; is declared more than once</source>
        <translation>data „%1“ „%2“ ist mehrfach deklariert</translation>
    </message>
    <message>
        <location filename="../core/project/projectloader.cpp" line="253"/>
        <source>a locals block takes no labels</source>
        <translation>ein locals-Block hat keine Labels</translation>
    </message>
    <message>
        <location filename="../core/project/projectloader.cpp" line="257"/>
        <source>unknown block &quot;%1&quot; in locals; it is ignored</source>
        <translation>unbekannter Block „%1“ in locals; er wird ignoriert</translation>
    </message>
    <message>
        <location filename="../core/project/projectloader.cpp" line="261"/>
        <source>local value &quot;%1&quot; is already defined at line %2</source>
        <translation>der lokale Wert „%1“ ist bereits in Zeile %2 definiert</translation>
    </message>
    <message>
        <location filename="../core/project/projectloader.cpp" line="284"/>
        <source>local value &quot;%1&quot; depends on itself: %2</source>
        <translation>der lokale Wert „%1“ hängt von sich selbst ab: %2</translation>
    </message>
    <message>
        <location filename="../core/project/projectloader.cpp" line="303"/>
        <source>data source &quot;%1&quot; is not supported by Strata; it is kept but never run</source>
        <translation>die Datenquelle „%1“ wird von Strata nicht unterstützt; sie bleibt erhalten, wird aber nie ausgeführt</translation>
    </message>
    <message>
        <location filename="../core/project/projectloader.cpp" line="316"/>
        <source>data &quot;external_schema&quot; &quot;%1&quot; needs a program, such as program = [&quot;node&quot;, &quot;load.js&quot;]</source>
        <translation>data &quot;external_schema&quot; „%1“ braucht ein Programm, etwa program = [&quot;node&quot;, &quot;load.js&quot;]</translation>
    </message>
    <message>
        <location filename="../core/project/projectloader.cpp" line="325"/>
        <source>program must be a list of strings, found %1</source>
        <translation>program muss eine Liste von Zeichenketten sein, gefunden: %1</translation>
    </message>
    <message>
        <location filename="../core/project/projectloader.cpp" line="331"/>
        <source>program must be a non-empty list of strings, such as [&quot;node&quot;, &quot;load.js&quot;]</source>
        <translation>program muss eine nicht leere Liste von Zeichenketten sein, etwa [&quot;node&quot;, &quot;load.js&quot;]</translation>
    </message>
    <message>
        <location filename="../core/project/projectloader.cpp" line="336"/>
        <source>working_dir must be a string, found %1</source>
        <translation>working_dir muss eine Zeichenkette sein, gefunden: %1</translation>
    </message>
    <message>
        <location filename="../core/project/projectloader.cpp" line="342"/>
        <source>unknown attribute &quot;%1&quot; in data &quot;external_schema&quot;; it is ignored</source>
        <translation>unbekanntes Attribut „%1“ in data &quot;external_schema&quot;; es wird ignoriert</translation>
    </message>
</context>
<context>
    <name>strata::LoadProgressWidget</name>
    <message>
        <location filename="../widgets/status/loadprogresswidget.cpp" line="21"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../widgets/status/loadprogresswidget.cpp" line="22"/>
        <source>Stop loading (Escape)</source>
        <translation>Laden abbrechen (Esc)</translation>
    </message>
</context>
<context>
    <name>strata::LoadSource</name>
    <message>
        <location filename="../widgets/jobs/loadsource.cpp" line="32"/>
        <source>Nothing to open: choose a file or give a URL.</source>
        <translation>Nichts zu öffnen: Wählen Sie eine Datei oder geben Sie eine URL an.</translation>
    </message>
    <message>
        <location filename="../widgets/jobs/loadsource.cpp" line="62"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>strata::MainActions</name>
    <message>
        <location filename="../widgets/mainactions.cpp" line="14"/>
        <source>&amp;Open Database…</source>
        <translation>&amp;Datenbank öffnen…</translation>
    </message>
    <message>
        <location filename="../widgets/mainactions.cpp" line="15"/>
        <source>Open an SQLite database file</source>
        <translation>Eine SQLite-Datenbankdatei öffnen</translation>
    </message>
    <message>
        <location filename="../widgets/mainactions.cpp" line="19"/>
        <source>Connect to a MySQL, MariaDB or PostgreSQL server</source>
        <translation>Mit einem MySQL-, MariaDB- oder PostgreSQL-Server verbinden</translation>
    </message>
    <message>
        <location filename="../widgets/mainactions.cpp" line="21"/>
        <source>Open &amp;SQL File…</source>
        <translation>&amp;SQL-Datei öffnen…</translation>
    </message>
    <message>
        <location filename="../widgets/mainactions.cpp" line="17"/>
        <source>Co&amp;nnect…</source>
        <translation>&amp;Verbinden…</translation>
    </message>
    <message>
        <location filename="../widgets/mainactions.cpp" line="23"/>
        <source>Open a .sql file of SQLite, MySQL, MariaDB or PostgreSQL DDL</source>
        <translation>Eine .sql-Datei mit SQLite-, MySQL-, MariaDB- oder PostgreSQL-DDL öffnen</translation>
    </message>
    <message>
        <location filename="../widgets/mainactions.cpp" line="25"/>
        <source>Open &amp;Project…</source>
        <translation>&amp;Projekt öffnen…</translation>
    </message>
    <message>
        <location filename="../widgets/mainactions.cpp" line="27"/>
        <source>Open a folder with an atlas.hcl, or an atlas.hcl file</source>
        <translation>Einen Ordner mit einer atlas.hcl oder eine atlas.hcl-Datei öffnen</translation>
    </message>
    <message>
        <location filename="../widgets/mainactions.cpp" line="30"/>
        <source>C&amp;lose Project</source>
        <translation>Pro&amp;jekt schließen</translation>
    </message>
    <message>
        <location filename="../widgets/mainactions.cpp" line="32"/>
        <source>Close the open project and stop watching its atlas.hcl</source>
        <translation>Das offene Projekt schließen und seine atlas.hcl nicht mehr überwachen</translation>
    </message>
    <message>
        <location filename="../widgets/mainactions.cpp" line="34"/>
        <source>&amp;Edit Environment…</source>
        <translation>&amp;Umgebung bearbeiten…</translation>
    </message>
    <message>
        <location filename="../widgets/mainactions.cpp" line="35"/>
        <source>Edit the selected environment of atlas.hcl</source>
        <translation>Die ausgewählte Umgebung der atlas.hcl bearbeiten</translation>
    </message>
    <message>
        <location filename="../widgets/mainactions.cpp" line="37"/>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <location filename="../widgets/mainactions.cpp" line="38"/>
        <source>Load the current database or file again</source>
        <translation>Die aktuelle Datenbank oder Datei erneut laden</translation>
    </message>
    <message>
        <location filename="../widgets/mainactions.cpp" line="40"/>
        <source>&amp;Cancel Loading</source>
        <translation>Laden abbre&amp;chen</translation>
    </message>
    <message>
        <location filename="../widgets/mainactions.cpp" line="41"/>
        <source>Stop the running load</source>
        <translation>Den laufenden Ladevorgang abbrechen</translation>
    </message>
    <message>
        <location filename="../widgets/mainactions.cpp" line="42"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../widgets/mainactions.cpp" line="43"/>
        <source>Quit Strata</source>
        <translation>Strata beenden</translation>
    </message>
    <message>
        <location filename="../widgets/mainactions.cpp" line="46"/>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <location filename="../widgets/mainactions.cpp" line="47"/>
        <source>Find text in the HCL or SQL view</source>
        <translation>Text in der HCL- oder SQL-Ansicht suchen</translation>
    </message>
    <message>
        <location filename="../widgets/mainactions.cpp" line="48"/>
        <source>Find &amp;Next</source>
        <translation>&amp;Weitersuchen</translation>
    </message>
    <message>
        <location filename="../widgets/mainactions.cpp" line="49"/>
        <source>Go to the next match</source>
        <translation>Zum nächsten Treffer springen</translation>
    </message>
    <message>
        <location filename="../widgets/mainactions.cpp" line="50"/>
        <source>Find &amp;Previous</source>
        <translation>&amp;Rückwärts suchen</translation>
    </message>
    <message>
        <location filename="../widgets/mainactions.cpp" line="51"/>
        <source>Go to the previous match</source>
        <translation>Zum vorherigen Treffer springen</translation>
    </message>
    <message>
        <location filename="../widgets/mainactions.cpp" line="53"/>
        <source>Filter &amp;Schema…</source>
        <translation>Schema &amp;filtern…</translation>
    </message>
    <message>
        <location filename="../widgets/mainactions.cpp" line="54"/>
        <source>Filter the schema tree by name</source>
        <translation>Den Schemabaum nach Namen filtern</translation>
    </message>
    <message>
        <location filename="../widgets/mainactions.cpp" line="57"/>
        <source>Follow &amp;System</source>
        <translation>&amp;System folgen</translation>
    </message>
    <message>
        <location filename="../widgets/mainactions.cpp" line="58"/>
        <source>Use the colours of the desktop</source>
        <translation>Die Farben der Arbeitsumgebung verwenden</translation>
    </message>
    <message>
        <location filename="../widgets/mainactions.cpp" line="59"/>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <location filename="../widgets/mainactions.cpp" line="59"/>
        <source>Use light colours</source>
        <translation>Helle Farben verwenden</translation>
    </message>
    <message>
        <location filename="../widgets/mainactions.cpp" line="60"/>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <location filename="../widgets/mainactions.cpp" line="60"/>
        <source>Use dark colours</source>
        <translation>Dunkle Farben verwenden</translation>
    </message>
    <message>
        <location filename="../widgets/mainactions.cpp" line="66"/>
        <source>&amp;About Strata</source>
        <translation>Ü&amp;ber Strata</translation>
    </message>
    <message>
        <location filename="../widgets/mainactions.cpp" line="67"/>
        <source>Show Strata&apos;s version and the versions of its libraries</source>
        <translation>Die Version von Strata und die Versionen seiner Bibliotheken anzeigen</translation>
    </message>
    <message>
        <location filename="../widgets/mainactions.cpp" line="69"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location filename="../widgets/mainactions.cpp" line="69"/>
        <source>Show Qt&apos;s version</source>
        <translation>Die Qt-Version anzeigen</translation>
    </message>
</context>
<context>
    <name>strata::MainWindow</name>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="84"/>
        <source>Schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="89"/>
        <source>Messages</source>
        <translation>Meldungen</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="94"/>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="100"/>
        <source>Program Output</source>
        <translation>Programmausgabe</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="115"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="126"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="131"/>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="138"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="145"/>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="148"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="162"/>
        <source>Open Database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="163"/>
        <source>SQLite databases (*.db *.sqlite *.sqlite3);;SQL files (*.sql);;All files (*)</source>
        <translation>SQLite-Datenbanken (*.db *.sqlite *.sqlite3);;SQL-Dateien (*.sql);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="245"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="264"/>
        <source>%1 — %2 — Strata</source>
        <translation>%1 — %2 — Strata</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowopen.cpp" line="124"/>
        <location filename="../widgets/mainwindowopen.cpp" line="228"/>
        <source>Open SQL File</source>
        <translation>SQL-Datei öffnen</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="76"/>
        <source>Open a project (File &gt; Open Project…), connect to a server (File &gt; Connect…), or open an SQLite database or a .sql file.</source>
        <translation>Öffnen Sie ein Projekt (Datei &gt; Projekt öffnen…), verbinden Sie sich mit einem Server (Datei &gt; Verbinden…) oder öffnen Sie eine SQLite-Datenbank oder eine .sql-Datei.</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowopen.cpp" line="126"/>
        <source>Which SQL dialect is %1 written in? Recent Files remembers the answer.</source>
        <translation>In welchem SQL-Dialekt ist %1 geschrieben? „Zuletzt geöffnet“ merkt sich die Antwort.</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowopen.cpp" line="132"/>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowopen.cpp" line="177"/>
        <source>Closed project %1.</source>
        <translation>Projekt %1 geschlossen.</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowopen.cpp" line="178"/>
        <source>Closed %1.</source>
        <translation>%1 geschlossen.</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowopen.cpp" line="188"/>
        <source>Open Project (choose its atlas.hcl)</source>
        <translation>Projekt öffnen (seine atlas.hcl wählen)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowopen.cpp" line="189"/>
        <source>Atlas project files (*.hcl);;All files (*)</source>
        <translation>Atlas-Projektdateien (*.hcl);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowopen.cpp" line="196"/>
        <source>%1 is not an Atlas project file: choose an atlas.hcl.</source>
        <translation>%1 ist keine Atlas-Projektdatei: Wählen Sie eine atlas.hcl.</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowopen.cpp" line="157"/>
        <source>Opened %1. Choose an env and press Load Schema (F5).</source>
        <translation>%1 geöffnet. Wählen Sie eine Umgebung und drücken Sie „Schema laden“ (F5).</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowload.cpp" line="143"/>
        <source>Loading %1 cancelled.</source>
        <translation>Laden von %1 abgebrochen.</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowload.cpp" line="146"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowload.cpp" line="83"/>
        <source>Loading %1…</source>
        <translation>%1 wird geladen…</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowload.cpp" line="88"/>
        <source>Loading %1 (%2)</source>
        <translation>%1 wird geladen (%2)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowload.cpp" line="96"/>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowload.cpp" line="114"/>
        <source>Loaded %1 from %2 in %3 ms (the program ran %4 ms of it)</source>
        <translation>%1 aus %2 in %3 ms geladen (davon lief das Programm %4 ms)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowload.cpp" line="118"/>
        <source>Loaded %1 from %2 in %3 ms</source>
        <translation>%1 aus %2 in %3 ms geladen</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowload.cpp" line="121"/>
        <source>Done: the program ran %1 ms.</source>
        <translation>Fertig: Das Programm lief %1 ms.</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowload.cpp" line="133"/>
        <source>Failed; see the Messages panel.</source>
        <translation>Fehlgeschlagen; siehe Meldungen.</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowload.cpp" line="171"/>
        <source>Could not load %1: %2</source>
        <translation>%1 konnte nicht geladen werden: %2</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="208"/>
        <source>No model file is known for table %1: its DDL came without an -- atlas:pos directive.</source>
        <translation>Für Tabelle %1 ist keine Modelldatei bekannt: Ihre DDL kam ohne „-- atlas:pos“-Direktive.</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="219"/>
        <source>Table %1 is defined in %2, lines %3–%4.</source>
        <translation>Tabelle %1 ist in %2 definiert, Zeilen %3–%4.</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowopen.cpp" line="222"/>
        <source>%1 DDL (*.sql)</source>
        <translation>%1-DDL (*.sql)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowopen.cpp" line="226"/>
        <source>All files, as %1 DDL (*)</source>
        <translation>Alle Dateien, als %1-DDL (*)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="266"/>
        <location filename="../widgets/mainwindow.cpp" line="268"/>
        <source>%1 — Strata</source>
        <translation>%1 — Strata</translation>
    </message>
</context>
<context>
    <name>strata::MessageModel</name>
    <message>
        <location filename="../widgets/messages/messagemodel.cpp" line="29"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../widgets/messages/messagemodel.cpp" line="31"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../widgets/messages/messagemodel.cpp" line="35"/>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <location filename="../widgets/messages/messagemodel.cpp" line="105"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../widgets/messages/messagemodel.cpp" line="105"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>strata::MessagePanel</name>
    <message>
        <location filename="../widgets/messages/messagepanel.cpp" line="26"/>
        <source>Clear Messages</source>
        <translation>Meldungen leeren</translation>
    </message>
</context>
<context>
    <name>strata::MigrateDiff</name>
    <message>
        <location filename="../core/actions/migratediffaction.cpp" line="38"/>
        <source>Loading the desired schema (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/actions/migratediffaction.cpp" line="44"/>
        <source>The desired schema (%1) is %2, the dev database is %3: both must be the same kind of database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/actions/migratediffaction.cpp" line="102"/>
        <source>%1 already exists in %2: wait a second and try again, so the new file gets a version of its own.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>strata::MigrationDir</name>
    <message>
        <location filename="../core/migrate/migrationdir.cpp" line="32"/>
        <source>Cannot create the migration directory %1: check that its parent folder is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/migrate/migrationdir.cpp" line="40"/>
        <source>sql/migrate: stat %1: no such file or directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/migrate/migrationdir.cpp" line="43"/>
        <source>sql/migrate: &quot;%1&quot; is not a dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/migrate/migrationdir.cpp" line="68"/>
        <source>sql/migrate: read file &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/migrate/migrationdir.cpp" line="70"/>
        <source>is a directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/migrate/migrationdir.cpp" line="84"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/migrate/migrationdir.cpp" line="102"/>
        <source>Cannot write %1: %2. Check that the migration directory is writable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>strata::MigrationDirUrl</name>
    <message>
        <location filename="../core/migrate/migrationdirurl.cpp" line="54"/>
        <source>missing scheme for dir url. Did you mean %1? </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/migrate/migrationdirurl.cpp" line="59"/>
        <source>%1:// migration directories are not supported: Strata works on local directories (file://).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/migrate/migrationdirurl.cpp" line="64"/>
        <source>unsupported driver %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/migrate/migrationdirurl.cpp" line="70"/>
        <source>migration directories in the %1 format are not supported: Strata reads and writes Atlas&apos;s format (format=atlas).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/migrate/migrationdirurl.cpp" line="76"/>
        <source>unknown dir format %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>strata::MysqlConnectOptions</name>
    <message>
        <location filename="../core/db/mysql/mysqlconnectoptions.cpp" line="62"/>
        <source>The connect timeout &quot;%1&quot; in %2 is not a duration: write it as timeout=10s.</source>
        <translation>Das Verbindungs-Timeout „%1“ in %2 ist keine Dauer: schreiben Sie es als timeout=10s.</translation>
    </message>
    <message>
        <location filename="../core/db/mysql/mysqlconnectoptions.cpp" line="78"/>
        <source>tls=%1 in %2 is not a TLS mode Strata knows: use true, skip-verify, preferred or false.</source>
        <translation>tls=%1 in %2 ist kein TLS-Modus, den Strata kennt: verwenden Sie true, skip-verify, preferred oder false.</translation>
    </message>
    <message>
        <location filename="../core/db/mysql/mysqlconnectoptions.cpp" line="93"/>
        <source>ssl-mode=%1 in %2 is not an SSL mode: use DISABLED, PREFERRED, REQUIRED, VERIFY_CA or VERIFY_IDENTITY.</source>
        <translation>ssl-mode=%1 in %2 ist kein SSL-Modus: verwenden Sie DISABLED, PREFERRED, REQUIRED, VERIFY_CA oder VERIFY_IDENTITY.</translation>
    </message>
</context>
<context>
    <name>strata::MysqlConnection</name>
    <message>
        <location filename="../core/db/mysql/mysqlconnection.cpp" line="61"/>
        <source>%1 is not a MySQL URL: use mysql://user:pass@host:3306/database or maria://...</source>
        <translation>%1 ist keine MySQL-URL: verwenden Sie mysql://user:pass@host:3306/datenbank oder maria://...</translation>
    </message>
    <message>
        <location filename="../core/db/mysql/mysqlconnection.cpp" line="86"/>
        <source>The MySQL client library could not start (out of memory?).</source>
        <translation>Die MySQL-Client-Bibliothek konnte nicht starten (kein Speicher mehr?).</translation>
    </message>
    <message>
        <location filename="../core/db/mysql/mysqlconnection.cpp" line="127"/>
        <source>Cannot connect to %1: the server at %2 refused the login (%3). Check the user name and password in the URL.</source>
        <translation>Keine Verbindung zu %1: der Server unter %2 hat die Anmeldung abgelehnt (%3). Prüfen Sie Benutzername und Passwort in der URL.</translation>
    </message>
    <message>
        <location filename="../core/db/mysql/mysqlconnection.cpp" line="132"/>
        <source>Database &quot;%1&quot; does not exist on the server at %2 (%3). Create it, or fix the database name in the URL.</source>
        <translation>Die Datenbank „%1“ existiert auf dem Server unter %2 nicht (%3). Legen Sie sie an oder korrigieren Sie den Datenbanknamen in der URL.</translation>
    </message>
    <message>
        <location filename="../core/db/mysql/mysqlconnection.cpp" line="141"/>
        <source>Cannot reach a MySQL server at %1 for %2: %3. Check that the server is running and that host and port are right.</source>
        <translation>Unter %1 ist für %2 kein MySQL-Server erreichbar: %3. Prüfen Sie, ob der Server läuft und Host und Port stimmen.</translation>
    </message>
    <message>
        <location filename="../core/db/mysql/mysqlconnection.cpp" line="146"/>
        <source>Cannot connect to %1: %2 (error %3).</source>
        <translation>Keine Verbindung zu %1: %2 (Fehler %3).</translation>
    </message>
    <message>
        <location filename="../core/db/mysql/mysqlconnection.cpp" line="176"/>
        <source>Statement &quot;%1&quot; failed on %2: %3 (error %4).</source>
        <translation>Die Anweisung „%1“ ist auf %2 fehlgeschlagen: %3 (Fehler %4).</translation>
    </message>
    <message>
        <location filename="../core/db/mysql/mysqlconnection.cpp" line="192"/>
        <source>Query &quot;%1&quot; failed on %2: %3 (error %4).</source>
        <translation>Die Abfrage „%1“ ist auf %2 fehlgeschlagen: %3 (Fehler %4).</translation>
    </message>
</context>
<context>
    <name>strata::MysqlDdlParser</name>
    <message>
        <location filename="../core/db/mysql/parse/mysqlstatementparser_p.h" line="125"/>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <location filename="../core/db/mysql/parse/mysqlstatementparser_p.h" line="133"/>
        <source>syntax error at end of input</source>
        <translation>Syntaxfehler am Ende der Eingabe</translation>
    </message>
    <message>
        <location filename="../core/db/mysql/parse/mysqlstatementparser_p.h" line="138"/>
        <source>syntax error near &quot;%1&quot;</source>
        <translation>Syntaxfehler bei „%1“</translation>
    </message>
    <message>
        <location filename="../core/db/mysql/parse/mysqlstatementparser_p.h" line="279"/>
        <source>expression nested too deeply</source>
        <translation>Ausdruck zu tief verschachtelt</translation>
    </message>
    <message>
        <location filename="../core/db/mysql/parse/mysqlstatementparser_p.h" line="326"/>
        <source>empty expression</source>
        <translation>leerer Ausdruck</translation>
    </message>
    <message>
        <location filename="../core/db/mysql/parse/mysqlddlparser.cpp" line="146"/>
        <source>ignored: %1 at line %2</source>
        <translation>ignoriert: %1 in Zeile %2</translation>
    </message>
    <message>
        <location filename="../core/db/mysql/parse/mysqlcreatetable.cpp" line="35"/>
        <source>ignored: PARTITION BY at line %1</source>
        <translation>ignoriert: PARTITION BY in Zeile %1</translation>
    </message>
    <message>
        <location filename="../core/db/mysql/parse/mysqlcreatetable.cpp" line="40"/>
        <source>CREATE TABLE ... SELECT is not supported without a dev database</source>
        <translation>CREATE TABLE ... SELECT wird ohne Dev-Datenbank nicht unterstützt</translation>
    </message>
</context>
<context>
    <name>strata::MysqlDevDatabase</name>
    <message>
        <location filename="../core/db/mysql/mysqldevdatabase.cpp" line="82"/>
        <location filename="../core/db/mysql/mysqldevsession.cpp" line="89"/>
        <source>Connecting to dev database %1</source>
        <translation>Verbinde mit der Dev-Datenbank %1</translation>
    </message>
    <message>
        <location filename="../core/db/mysql/mysqldevdatabase.cpp" line="98"/>
        <location filename="../core/db/mysql/mysqldevsession.cpp" line="101"/>
        <source>Cannot create a scratch schema on dev database %1: %2 Give the dev user the CREATE and DROP privileges.</source>
        <translation>Auf der Dev-Datenbank %1 kann kein temporäres Schema angelegt werden: %2 Geben Sie dem Dev-Benutzer die Rechte CREATE und DROP.</translation>
    </message>
    <message>
        <location filename="../core/db/mysql/mysqldevdatabase.cpp" line="113"/>
        <source>Running statement %1 of %2</source>
        <translation>Führe Anweisung %1 von %2 aus</translation>
    </message>
</context>
<context>
    <name>strata::MysqlInspector</name>
    <message>
        <location filename="../core/db/mysql/mysqlinspector.cpp" line="54"/>
        <source>Reading schemas</source>
        <translation>Lese Schemata</translation>
    </message>
    <message>
        <location filename="../core/db/mysql/mysqlinspector.cpp" line="55"/>
        <source>Reading tables</source>
        <translation>Tabellen werden gelesen</translation>
    </message>
    <message>
        <location filename="../core/db/mysql/mysqlinspector.cpp" line="56"/>
        <source>Reading columns</source>
        <translation>Spalten werden gelesen</translation>
    </message>
    <message>
        <location filename="../core/db/mysql/mysqlinspector.cpp" line="57"/>
        <source>Reading indexes</source>
        <translation>Indizes werden gelesen</translation>
    </message>
    <message>
        <location filename="../core/db/mysql/mysqlinspector.cpp" line="58"/>
        <source>Reading foreign keys</source>
        <translation>Fremdschlüssel werden gelesen</translation>
    </message>
    <message>
        <location filename="../core/db/mysql/mysqlinspector.cpp" line="60"/>
        <source>Reading checks</source>
        <translation>Prüfungen werden gelesen</translation>
    </message>
    <message>
        <location filename="../core/db/mysql/mysqlinspector.cpp" line="126"/>
        <source>Schema &quot;%1&quot; does not exist on %2. Create it, or fix the database name in the URL.</source>
        <translation>Das Schema „%1“ existiert auf %2 nicht. Legen Sie es an oder korrigieren Sie den Datenbanknamen in der URL.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/db/mysql/mysqlinspector.cpp" line="367"/>
        <source>Inspected %n table(s)</source>
        <translation>
            <numerusform>%n Tabelle untersucht</numerusform>
            <numerusform>%n Tabellen untersucht</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>strata::MysqlPlanner</name>
    <message>
        <location filename="../core/db/mysql/mysqlalterplan.cpp" line="43"/>
        <source>it would have no columns left; drop the table instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/mysql/mysqlalterplan.cpp" line="62"/>
        <source>Cannot modify table %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/mysql/mysqlalterplan.cpp" line="71"/>
        <source>MySQL has no WITHOUT ROWID or STRICT tables; leave those options out of the desired schema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/mysql/mysqlalterplan.cpp" line="79"/>
        <source>a table keeps a character set; name the one it should use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/mysql/mysqlalterplan.cpp" line="86"/>
        <source>a table keeps a collation; name the one it should use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/mysql/mysqlalterplan.cpp" line="92"/>
        <source>the server&apos;s default engine has no name here; name the engine the table should use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/mysql/mysqlalterplan.cpp" line="113"/>
        <source>an unnamed check cannot be dropped; name it in the current schema first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/mysql/mysqlalterplan.cpp" line="123"/>
        <source>checks are not renamed; drop the check and add it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/mysql/mysqlalterplan.cpp" line="133"/>
        <source>an unnamed check cannot be modified; name it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/mysql/mysqlalterplan.cpp" line="136"/>
        <source>check %1 cannot become check %2 in place; drop one and add the other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/mysql/mysqlalterplan.cpp" line="150"/>
        <source>MariaDB always enforces checks; drop check %1 instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/mysql/mysqlalterplan.cpp" line="260"/>
        <source>column %1 cannot become a VIRTUAL generated column in place; drop it and add it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/mysql/mysqlalterplan.cpp" line="265"/>
        <source>VIRTUAL generated column %1 cannot become a regular column in place; drop it and add it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/mysql/mysqlalterplan.cpp" line="270"/>
        <source>generated column %1 cannot change between VIRTUAL and STORED in place; drop it and add it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/mysql/mysqlalterplan.cpp" line="294"/>
        <source>MySQL primary keys have no name to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/mysql/mysqlalterplan.cpp" line="318"/>
        <source>index %1 cannot be renamed here; drop it and add it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/mysql/mysqlalterplan.cpp" line="363"/>
        <source>foreign key %1 cannot be renamed; drop it and add it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/mysql/mysqlalterplan.cpp" line="423"/>
        <source>Cannot add the foreign keys of table %1 after the tables they reference: the change may only add keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/mysql/mysqlalterplan.cpp" line="439"/>
        <source>Column %1 of table %2 is an identity column, which MySQL and MariaDB do not have; use AUTO_INCREMENT instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/mysql/mysqlalterplan.cpp" line="452"/>
        <source>Foreign key %1 of table %2 sets column %3 to NULL, but the column is NOT NULL; make the column nullable or choose another action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/db/mysql/mysqlplanner.cpp" line="33"/>
        <source>Cannot write the changes of %n schemas with the qualifier %1: a qualifier names one schema. Plan each schema on its own, or leave the qualifier out.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/db/mysql/mysqlplanner.cpp" line="66"/>
        <source>Cannot plan a change of enum type %1: MySQL and MariaDB have no enum types, only enum columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/mysql/mysqlplanner.cpp" line="126"/>
        <source>Cannot create table %1: it has no columns. Add a column to it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>strata::MysqlSchemaBuilder</name>
    <message>
        <location filename="../core/db/mysql/parse/mysqlschemabuilder.cpp" line="55"/>
        <source>database %1 already exists</source>
        <translation>Datenbank %1 existiert bereits</translation>
    </message>
    <message>
        <location filename="../core/db/mysql/parse/mysqlschemabuilder.cpp" line="78"/>
        <location filename="../core/db/mysql/parse/mysqlschemabuilder.cpp" line="97"/>
        <location filename="../core/db/mysql/parse/mysqlschemabuilder.cpp" line="179"/>
        <location filename="../core/db/mysql/parse/mysqlschemabuilder.cpp" line="438"/>
        <source>database %1 does not exist</source>
        <translation>Datenbank %1 existiert nicht</translation>
    </message>
    <message>
        <location filename="../core/db/mysql/parse/mysqlschemabuilder.cpp" line="103"/>
        <location filename="../core/db/mysql/parse/mysqlschemabuilder.cpp" line="183"/>
        <location filename="../core/db/mysql/parse/mysqlschemabuilder.cpp" line="441"/>
        <source>table %1 already exists</source>
        <translation>Tabelle %1 existiert bereits</translation>
    </message>
    <message>
        <location filename="../core/db/mysql/parse/mysqlschemabuilder.cpp" line="133"/>
        <location filename="../core/db/mysql/parse/mysqlschemabuilder.cpp" line="240"/>
        <location filename="../core/db/mysql/parse/mysqlschemabuilder.cpp" line="291"/>
        <location filename="../core/db/mysql/parse/mysqlschemabuilder.cpp" line="322"/>
        <source>duplicate column name %1</source>
        <translation>doppelter Spaltenname %1</translation>
    </message>
    <message>
        <location filename="../core/db/mysql/parse/mysqlschemabuilder.cpp" line="174"/>
        <location filename="../core/db/mysql/parse/mysqlschemabuilder.cpp" line="223"/>
        <source>table %1 does not exist</source>
        <translation>Tabelle %1 existiert nicht</translation>
    </message>
    <message>
        <location filename="../core/db/mysql/parse/mysqlschemabuilder.cpp" line="201"/>
        <source>unknown table %1</source>
        <translation>unbekannte Tabelle %1</translation>
    </message>
    <message>
        <location filename="../core/db/mysql/parse/mysqlschemabuilder.cpp" line="244"/>
        <location filename="../core/db/mysql/parse/mysqlschemabuilder.cpp" line="289"/>
        <location filename="../core/db/mysql/parse/mysqlschemabuilder.cpp" line="304"/>
        <location filename="../core/db/mysql/parse/mysqlschemabuilder.cpp" line="352"/>
        <location filename="../core/db/mysql/parse/mysqlschemabuilder.cpp" line="383"/>
        <source>unknown column %1</source>
        <translation>unbekannte Spalte %1</translation>
    </message>
    <message>
        <location filename="../core/db/mysql/parse/mysqlschemabuilder.cpp" line="355"/>
        <source>cannot drop column %1: needed in a foreign key constraint</source>
        <translation>Spalte %1 kann nicht gelöscht werden: sie wird in einem Fremdschlüssel gebraucht</translation>
    </message>
    <message>
        <location filename="../core/db/mysql/parse/mysqlschemabuilderkeys.cpp" line="29"/>
        <location filename="../core/db/mysql/parse/mysqlschemabuilderkeys.cpp" line="100"/>
        <source>key column %1 doesn&apos;t exist in table</source>
        <translation>Schlüsselspalte %1 existiert nicht in der Tabelle</translation>
    </message>
    <message>
        <location filename="../core/db/mysql/parse/mysqlschemabuilderkeys.cpp" line="46"/>
        <source>multiple primary keys defined</source>
        <translation>mehrere Primärschlüssel definiert</translation>
    </message>
    <message>
        <location filename="../core/db/mysql/parse/mysqlschemabuilderkeys.cpp" line="71"/>
        <location filename="../core/db/mysql/parse/mysqlschemabuilderkeys.cpp" line="260"/>
        <source>duplicate key name %1</source>
        <translation>doppelter Schlüsselname %1</translation>
    </message>
    <message>
        <location filename="../core/db/mysql/parse/mysqlschemabuilderkeys.cpp" line="117"/>
        <source>duplicate foreign key constraint name %1</source>
        <translation>doppelter Fremdschlüsselname %1</translation>
    </message>
    <message>
        <location filename="../core/db/mysql/parse/mysqlschemabuilderkeys.cpp" line="206"/>
        <source>duplicate check constraint name %1</source>
        <translation>doppelter Name des Check-Constraints %1</translation>
    </message>
    <message>
        <location filename="../core/db/mysql/parse/mysqlschemabuilderkeys.cpp" line="237"/>
        <source>can&apos;t drop index %1: check that it exists</source>
        <translation>Index %1 kann nicht gelöscht werden: prüfen Sie, ob er existiert</translation>
    </message>
    <message>
        <location filename="../core/db/mysql/parse/mysqlschemabuilderkeys.cpp" line="248"/>
        <source>can&apos;t drop index `PRIMARY`: check that it exists</source>
        <translation>Index `PRIMARY` kann nicht gelöscht werden: prüfen Sie, ob er existiert</translation>
    </message>
    <message>
        <location filename="../core/db/mysql/parse/mysqlschemabuilderkeys.cpp" line="257"/>
        <source>key %1 does not exist in table</source>
        <translation>Schlüssel %1 existiert nicht in der Tabelle</translation>
    </message>
    <message>
        <location filename="../core/db/mysql/parse/mysqlschemabuilderkeys.cpp" line="282"/>
        <source>can&apos;t drop foreign key %1: check that it exists</source>
        <translation>Fremdschlüssel %1 kann nicht gelöscht werden: prüfen Sie, ob er existiert</translation>
    </message>
    <message>
        <location filename="../core/db/mysql/parse/mysqlschemabuilderkeys.cpp" line="301"/>
        <source>check constraint %1 does not exist</source>
        <translation>Check-Constraint %1 existiert nicht</translation>
    </message>
    <message>
        <location filename="../core/db/mysql/parse/mysqlschemabuilderkeys.cpp" line="312"/>
        <source>constraint %1 does not exist</source>
        <translation>Constraint %1 existiert nicht</translation>
    </message>
</context>
<context>
    <name>strata::MysqlTokenizer</name>
    <message>
        <location filename="../core/db/mysql/parse/mysqltokenizer.cpp" line="143"/>
        <source>nested executable comment</source>
        <translation>verschachtelter ausführbarer Kommentar</translation>
    </message>
    <message>
        <location filename="../core/db/mysql/parse/mysqltokenizer.cpp" line="158"/>
        <source>unterminated comment</source>
        <translation>nicht abgeschlossener Kommentar</translation>
    </message>
    <message>
        <location filename="../core/db/mysql/parse/mysqltokenizer.cpp" line="179"/>
        <source>unterminated identifier</source>
        <translation>nicht abgeschlossener Bezeichner</translation>
    </message>
    <message>
        <location filename="../core/db/mysql/parse/mysqltokenizer.cpp" line="180"/>
        <source>unterminated string</source>
        <translation>nicht abgeschlossene Zeichenkette</translation>
    </message>
</context>
<context>
    <name>strata::PgDdlParser</name>
    <message>
        <location filename="../core/db/postgres/parse/pgscript.cpp" line="101"/>
        <source>ignored: %1 at line %2 of %3</source>
        <translation>ignoriert: %1 in Zeile %2 von %3</translation>
    </message>
    <message>
        <location filename="../core/db/postgres/parse/pgscript.cpp" line="161"/>
        <source>schema &quot;%1&quot; does not exist</source>
        <translation>Schema „%1“ existiert nicht</translation>
    </message>
    <message>
        <location filename="../core/db/postgres/parse/pgscript.cpp" line="167"/>
        <location filename="../core/db/postgres/parse/pgscript.cpp" line="184"/>
        <source>%1:%2: the expression %3 may be printed differently by the server</source>
        <translation>%1:%2: der Server gibt den Ausdruck %3 möglicherweise anders aus</translation>
    </message>
    <message>
        <location filename="../core/db/postgres/parse/pgscript.cpp" line="174"/>
        <source>%1:%2: type &quot;%3&quot; is not built in and not created by the script; kept as written</source>
        <translation>%1:%2: Typ „%3“ ist weder eingebaut noch im Skript angelegt; er bleibt wie geschrieben</translation>
    </message>
    <message>
        <location filename="../core/db/postgres/parse/pgscriptobjects.cpp" line="190"/>
        <location filename="../core/db/postgres/parse/pgscriptobjects.cpp" line="217"/>
        <location filename="../core/db/postgres/parse/pgscripttables.cpp" line="22"/>
        <location filename="../core/db/postgres/parse/pgscripttables.cpp" line="155"/>
        <source>relation &quot;%1&quot; already exists</source>
        <translation>Relation „%1“ existiert bereits</translation>
    </message>
    <message>
        <location filename="../core/db/postgres/parse/pgscriptobjects.cpp" line="93"/>
        <location filename="../core/db/postgres/parse/pgscriptobjects.cpp" line="101"/>
        <location filename="../core/db/postgres/parse/pgscriptobjects.cpp" line="126"/>
        <location filename="../core/db/postgres/parse/pgscriptobjects.cpp" line="172"/>
        <location filename="../core/db/postgres/parse/pgscriptobjects.cpp" line="188"/>
        <location filename="../core/db/postgres/parse/pgscriptobjects.cpp" line="213"/>
        <location filename="../core/db/postgres/parse/pgscripttables.cpp" line="57"/>
        <location filename="../core/db/postgres/parse/pgscripttables.cpp" line="99"/>
        <source>relation &quot;%1&quot; does not exist</source>
        <translation>Relation „%1“ existiert nicht</translation>
    </message>
    <message>
        <location filename="../core/db/postgres/parse/pgscripttables.cpp" line="124"/>
        <source>column &quot;%1&quot; does not exist</source>
        <translation>Spalte „%1“ existiert nicht</translation>
    </message>
    <message>
        <location filename="../core/db/postgres/parse/pgscriptobjects.cpp" line="17"/>
        <source>type &quot;%1&quot; already exists</source>
        <translation>Typ „%1“ existiert bereits</translation>
    </message>
    <message>
        <location filename="../core/db/postgres/parse/pgscriptobjects.cpp" line="27"/>
        <location filename="../core/db/postgres/parse/pgscriptobjects.cpp" line="171"/>
        <source>type &quot;%1&quot; does not exist</source>
        <translation>Typ „%1“ existiert nicht</translation>
    </message>
    <message>
        <location filename="../core/db/postgres/parse/pgscriptobjects.cpp" line="33"/>
        <location filename="../core/db/postgres/parse/pgscriptobjects.cpp" line="47"/>
        <source>&quot;%1&quot; is not an existing enum label</source>
        <translation>„%1“ ist kein vorhandenes Enum-Label</translation>
    </message>
    <message>
        <location filename="../core/db/postgres/parse/pgscriptobjects.cpp" line="40"/>
        <source>enum label &quot;%1&quot; already exists</source>
        <translation>Enum-Label „%1“ existiert bereits</translation>
    </message>
    <message>
        <location filename="../core/db/postgres/parse/pgscriptobjects.cpp" line="63"/>
        <source>schema &quot;%1&quot; already exists</source>
        <translation>Schema „%1“ existiert bereits</translation>
    </message>
    <message>
        <location filename="../core/db/postgres/parse/pgscriptobjects.cpp" line="108"/>
        <source>column &quot;%1&quot; of relation &quot;%2&quot; does not exist</source>
        <translation>Spalte „%1“ der Relation „%2“ existiert nicht</translation>
    </message>
    <message>
        <location filename="../core/db/postgres/parse/pgddlparser.cpp" line="23"/>
        <source>the file contains a NUL character; PostgreSQL DDL is text</source>
        <translation>die Datei enthält ein NUL-Zeichen; PostgreSQL-DDL ist Text</translation>
    </message>
</context>
<context>
    <name>strata::PgJsonReader</name>
    <message>
        <location filename="../core/db/postgres/parse/pgjsonreader.cpp" line="42"/>
        <source>garbage at the end of the document</source>
        <translation>überzählige Zeichen am Ende des Dokuments</translation>
    </message>
    <message>
        <location filename="../core/db/postgres/parse/pgjsonreader.cpp" line="48"/>
        <source>%1 at byte %2</source>
        <translation>%1 bei Byte %2</translation>
    </message>
    <message>
        <location filename="../core/db/postgres/parse/pgjsonreader.cpp" line="88"/>
        <location filename="../core/db/postgres/parse/pgjsonreader.cpp" line="338"/>
        <source>invalid value</source>
        <translation>ungültiger Wert</translation>
    </message>
    <message>
        <location filename="../core/db/postgres/parse/pgjsonreader.cpp" line="97"/>
        <source>unexpected end of the document</source>
        <translation>unerwartetes Ende des Dokuments</translation>
    </message>
    <message>
        <location filename="../core/db/postgres/parse/pgjsonreader.cpp" line="119"/>
        <source>too deeply nested document</source>
        <translation>zu tief verschachteltes Dokument</translation>
    </message>
    <message>
        <location filename="../core/db/postgres/parse/pgjsonreader.cpp" line="136"/>
        <source>expected a member name</source>
        <translation>Elementname erwartet</translation>
    </message>
    <message>
        <location filename="../core/db/postgres/parse/pgjsonreader.cpp" line="141"/>
        <source>expected &apos;:&apos;</source>
        <translation>&apos;:&apos; erwartet</translation>
    </message>
    <message>
        <location filename="../core/db/postgres/parse/pgjsonreader.cpp" line="157"/>
        <source>expected &apos;,&apos; or &apos;}&apos;</source>
        <translation>&apos;,&apos; oder &apos;}&apos; erwartet</translation>
    </message>
    <message>
        <location filename="../core/db/postgres/parse/pgjsonreader.cpp" line="191"/>
        <source>expected &apos;,&apos; or &apos;]&apos;</source>
        <translation>&apos;,&apos; oder &apos;]&apos; erwartet</translation>
    </message>
    <message>
        <location filename="../core/db/postgres/parse/pgjsonreader.cpp" line="237"/>
        <location filename="../core/db/postgres/parse/pgjsonreader.cpp" line="250"/>
        <source>unterminated string</source>
        <translation>nicht abgeschlossene Zeichenkette</translation>
    </message>
    <message>
        <location filename="../core/db/postgres/parse/pgjsonreader.cpp" line="242"/>
        <source>control character in a string</source>
        <translation>Steuerzeichen in einer Zeichenkette</translation>
    </message>
    <message>
        <location filename="../core/db/postgres/parse/pgjsonreader.cpp" line="276"/>
        <location filename="../core/db/postgres/parse/pgjsonreader.cpp" line="293"/>
        <source>invalid escape sequence</source>
        <translation>ungültige Escape-Sequenz</translation>
    </message>
    <message>
        <location filename="../core/db/postgres/parse/pgjsonreader.cpp" line="280"/>
        <location filename="../core/db/postgres/parse/pgjsonreader.cpp" line="284"/>
        <location filename="../core/db/postgres/parse/pgjsonreader.cpp" line="287"/>
        <source>invalid surrogate pair</source>
        <translation>ungültiges Surrogatpaar</translation>
    </message>
    <message>
        <location filename="../core/db/postgres/parse/pgjsonreader.cpp" line="344"/>
        <location filename="../core/db/postgres/parse/pgjsonreader.cpp" line="352"/>
        <source>invalid number</source>
        <translation>ungültige Zahl</translation>
    </message>
    <message>
        <location filename="../core/db/postgres/parse/pgjsonreader.cpp" line="397"/>
        <source>the document is too large</source>
        <translation>das Dokument ist zu groß</translation>
    </message>
</context>
<context>
    <name>strata::PgQueryParse</name>
    <message>
        <location filename="../core/db/postgres/parse/pgqueryparse.cpp" line="89"/>
        <source>the parser returned no tree</source>
        <translation>der Parser hat keinen Syntaxbaum geliefert</translation>
    </message>
    <message>
        <location filename="../core/db/postgres/parse/pgqueryparse.cpp" line="101"/>
        <source>the statement is nested too deeply for Strata to read (%1)</source>
        <translation>die Anweisung ist zu tief verschachtelt, als dass Strata sie lesen könnte (%1)</translation>
    </message>
</context>
<context>
    <name>strata::PgTableEditor</name>
    <message>
        <location filename="../core/db/postgres/parse/pgtablealter.cpp" line="153"/>
        <location filename="../core/db/postgres/parse/pgtableeditor.cpp" line="92"/>
        <source>column &quot;%1&quot; of relation &quot;%2&quot; already exists</source>
        <translation>Spalte „%1“ der Relation „%2“ existiert bereits</translation>
    </message>
    <message>
        <location filename="../core/db/postgres/parse/pgtableeditor.cpp" line="186"/>
        <source>EXCLUDE constraints are not supported by Strata&apos;s PostgreSQL parser: load this script through a dev database</source>
        <translation>EXCLUDE-Constraints werden von Stratas PostgreSQL-Parser nicht unterstützt: laden Sie dieses Skript über eine Dev-Datenbank</translation>
    </message>
    <message>
        <location filename="../core/db/postgres/parse/pgtablealter.cpp" line="37"/>
        <location filename="../core/db/postgres/parse/pgtablealter.cpp" line="110"/>
        <location filename="../core/db/postgres/parse/pgtablealter.cpp" line="122"/>
        <location filename="../core/db/postgres/parse/pgtablealter.cpp" line="142"/>
        <source>column &quot;%1&quot; of relation &quot;%2&quot; does not exist</source>
        <translation>Spalte „%1“ der Relation „%2“ existiert nicht</translation>
    </message>
    <message>
        <location filename="../core/db/postgres/parse/pgtablealter.cpp" line="94"/>
        <source>constraint &quot;%1&quot; of relation &quot;%2&quot; does not exist</source>
        <translation>Constraint „%1“ der Relation „%2“ existiert nicht</translation>
    </message>
    <message>
        <location filename="../core/db/postgres/parse/pgtablealter.cpp" line="150"/>
        <source>column &quot;%1&quot; does not exist</source>
        <translation>Spalte „%1“ existiert nicht</translation>
    </message>
    <message>
        <location filename="../core/db/postgres/parse/pgtablealter.cpp" line="211"/>
        <location filename="../core/db/postgres/parse/pgtableeditor.cpp" line="233"/>
        <location filename="../core/db/postgres/parse/pgtableeditor.cpp" line="353"/>
        <source>constraint &quot;%1&quot; for relation &quot;%2&quot; already exists</source>
        <translation>Constraint „%1“ für Relation „%2“ existiert bereits</translation>
    </message>
    <message>
        <location filename="../core/db/postgres/parse/pgtablealter.cpp" line="246"/>
        <source>constraint &quot;%1&quot; for table &quot;%2&quot; does not exist</source>
        <translation>Constraint „%1“ für Tabelle „%2“ existiert nicht</translation>
    </message>
    <message>
        <location filename="../core/db/postgres/parse/pgtableeditor.cpp" line="282"/>
        <source>column &quot;%1&quot; named in key does not exist</source>
        <translation>die im Schlüssel genannte Spalte „%1“ existiert nicht</translation>
    </message>
    <message>
        <location filename="../core/db/postgres/parse/pgtableeditor.cpp" line="286"/>
        <source>multiple primary keys for table &quot;%1&quot; are not allowed</source>
        <translation>mehrere Primärschlüssel für Tabelle „%1“ sind nicht erlaubt</translation>
    </message>
    <message>
        <location filename="../core/db/postgres/parse/pgtableeditor.cpp" line="298"/>
        <source>relation &quot;%1&quot; already exists</source>
        <translation>Relation „%1“ existiert bereits</translation>
    </message>
    <message>
        <location filename="../core/db/postgres/parse/pgtableeditor.cpp" line="326"/>
        <source>relation &quot;%1&quot; does not exist</source>
        <translation>Relation „%1“ existiert nicht</translation>
    </message>
    <message>
        <location filename="../core/db/postgres/parse/pgtableeditor.cpp" line="330"/>
        <source>there is no primary key for referenced table &quot;%1&quot;</source>
        <translation>die referenzierte Tabelle „%1“ hat keinen Primärschlüssel</translation>
    </message>
    <message>
        <location filename="../core/db/postgres/parse/pgtableeditor.cpp" line="337"/>
        <source>number of referencing and referenced columns for foreign key disagree</source>
        <translation>die Anzahl der referenzierenden und referenzierten Spalten des Fremdschlüssels stimmt nicht überein</translation>
    </message>
    <message>
        <location filename="../core/db/postgres/parse/pgtableeditor.cpp" line="342"/>
        <source>column &quot;%1&quot; referenced in foreign key constraint does not exist</source>
        <translation>die im Fremdschlüssel referenzierte Spalte „%1“ existiert nicht</translation>
    </message>
</context>
<context>
    <name>strata::PostgresConnection</name>
    <message>
        <location filename="../core/db/postgres/postgresconnection.cpp" line="47"/>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <location filename="../core/db/postgres/postgresconnection.cpp" line="90"/>
        <source>%1 is not a PostgreSQL URL: use postgres://user:password@host:5432/database.</source>
        <translation>%1 ist keine PostgreSQL-URL: verwenden Sie postgres://user:passwort@host:5432/datenbank.</translation>
    </message>
    <message>
        <location filename="../core/db/postgres/postgresconnection.cpp" line="153"/>
        <source>Cannot connect to %1: libpq is out of memory.</source>
        <translation>Keine Verbindung zu %1: libpq hat keinen Speicher mehr.</translation>
    </message>
    <message>
        <location filename="../core/db/postgres/postgresconnection.cpp" line="164"/>
        <source>Cannot log in to %1 as user &quot;%2&quot;: the server rejected the user name or password (%3). Check the credentials in the URL.</source>
        <translation>Anmeldung an %1 als Benutzer „%2“ nicht möglich: der Server hat Benutzername oder Passwort abgelehnt (%3). Prüfen Sie die Zugangsdaten in der URL.</translation>
    </message>
    <message>
        <location filename="../core/db/postgres/postgresconnection.cpp" line="171"/>
        <source>Database &quot;%1&quot; does not exist on the server of %2 (%3). Check the database name in the URL&apos;s path.</source>
        <translation>Die Datenbank „%1“ existiert auf dem Server von %2 nicht (%3). Prüfen Sie den Datenbanknamen im Pfad der URL.</translation>
    </message>
    <message>
        <location filename="../core/db/postgres/postgresconnection.cpp" line="182"/>
        <source>Cannot reach the PostgreSQL server at %1 (host %2, port %3): %4. Check the host and port, and that the server is running.</source>
        <translation>Der PostgreSQL-Server unter %1 ist nicht erreichbar (Host %2, Port %3): %4. Prüfen Sie Host und Port und ob der Server läuft.</translation>
    </message>
    <message>
        <location filename="../core/db/postgres/postgresconnection.cpp" line="190"/>
        <source>Cannot connect to %1: %2.</source>
        <translation>Keine Verbindung zu %1: %2.</translation>
    </message>
    <message>
        <location filename="../core/db/postgres/postgresconnection.cpp" line="238"/>
        <source>SQL failed at %1 on %2: %3.</source>
        <translation>SQL ist bei %1 auf %2 fehlgeschlagen: %3.</translation>
    </message>
    <message>
        <location filename="../core/db/postgres/postgresconnection.cpp" line="241"/>
        <source>SQL failed on %1: %2.</source>
        <translation>SQL ist auf %1 fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <location filename="../core/db/postgres/postgresconnection.cpp" line="317"/>
        <source>A catalog query on %1 failed: %2</source>
        <translation>Eine Katalogabfrage auf %1 ist fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>strata::PostgresDevNormalizer</name>
    <message>
        <location filename="../core/db/postgres/postgresdevnormalizer.cpp" line="38"/>
        <source>Running %1 in scratch database %2</source>
        <translation>Führe %1 in der temporären Datenbank %2 aus</translation>
    </message>
    <message>
        <location filename="../core/db/postgres/postgresdevnormalizer.cpp" line="77"/>
        <source>Connecting to dev database %1</source>
        <translation>Verbinde mit der Dev-Datenbank %1</translation>
    </message>
    <message>
        <location filename="../core/db/postgres/postgresdevnormalizer.cpp" line="87"/>
        <source>Creating a scratch database on the server of %1</source>
        <translation>Lege eine temporäre Datenbank auf dem Server von %1 an</translation>
    </message>
    <message>
        <location filename="../core/db/postgres/postgresdevnormalizer.cpp" line="43"/>
        <source>%1 failed on the dev database: %2</source>
        <translation>%1 ist auf der Dev-Datenbank fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>strata::PostgresDevSession</name>
    <message>
        <location filename="../core/db/postgres/postgresdevsession.cpp" line="72"/>
        <source>Connecting to dev database %1</source>
        <translation type="unfinished">Verbinde mit der Dev-Datenbank %1</translation>
    </message>
    <message>
        <location filename="../core/db/postgres/postgresdevsession.cpp" line="80"/>
        <source>Cannot create a scratch database on dev database %1: %2 Give the dev user CREATEDB.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>strata::PostgresInspector</name>
    <message>
        <location filename="../core/db/postgres/postgresinspector.cpp" line="49"/>
        <source>Reading schemas</source>
        <translation>Lese Schemata</translation>
    </message>
    <message>
        <location filename="../core/db/postgres/postgresinspector.cpp" line="55"/>
        <source>Reading tables</source>
        <translation>Tabellen werden gelesen</translation>
    </message>
    <message>
        <location filename="../core/db/postgres/postgresinspector.cpp" line="57"/>
        <source>Reading columns</source>
        <translation>Spalten werden gelesen</translation>
    </message>
    <message>
        <location filename="../core/db/postgres/postgresinspector.cpp" line="59"/>
        <source>Reading indexes</source>
        <translation>Indizes werden gelesen</translation>
    </message>
    <message>
        <location filename="../core/db/postgres/postgresinspector.cpp" line="61"/>
        <source>Reading foreign keys</source>
        <translation>Fremdschlüssel werden gelesen</translation>
    </message>
    <message>
        <location filename="../core/db/postgres/postgresinspector.cpp" line="63"/>
        <source>Reading checks</source>
        <translation>Prüfungen werden gelesen</translation>
    </message>
    <message>
        <location filename="../core/db/postgres/postgresinspector.cpp" line="65"/>
        <source>Reading enum types</source>
        <translation>Lese Enum-Typen</translation>
    </message>
    <message>
        <location filename="../core/db/postgres/postgresinspector.cpp" line="123"/>
        <source>Schema &quot;%1&quot; does not exist in the database of %2. Check the search_path parameter of the URL, or leave it out to inspect every schema.</source>
        <translation>Das Schema „%1“ existiert in der Datenbank von %2 nicht. Prüfen Sie den Parameter search_path der URL oder lassen Sie ihn weg, um alle Schemata zu untersuchen.</translation>
    </message>
</context>
<context>
    <name>strata::PostgresPlanner</name>
    <message>
        <location filename="../core/db/postgres/postgresaltertableplan.cpp" line="76"/>
        <source>table %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/postgres/postgresaltertableplan.cpp" line="96"/>
        <source>PostgreSQL tables have no charset, collation, engine or table options; remove them from the schema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/postgres/postgresaltertableplan.cpp" line="129"/>
        <source>check constraint %1 cannot become %2 in place. Drop it and add the new one instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/postgres/postgresaltertableplan.cpp" line="144"/>
        <source>an unnamed check constraint cannot be dropped or changed. Give the check a name in the schema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/postgres/postgrescolumnalteration.cpp" line="52"/>
        <source>PostgreSQL columns have no charset, AUTO_INCREMENT or ON UPDATE attribute; remove it from the schema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/postgres/postgrescolumnalteration.cpp" line="82"/>
        <location filename="../core/db/postgres/postgresserialcolumn.cpp" line="38"/>
        <source>column %1 of table %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/postgres/postgrescolumnalteration.cpp" line="172"/>
        <source>PostgreSQL can only drop a generation expression in place. Drop the column and add it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/postgres/postgresplanner.cpp" line="34"/>
        <source>Cannot add or drop schema %1 in a plan qualified with schema %2: plan without a qualifier to change schemas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/postgres/postgresplanner.cpp" line="43"/>
        <source>The changes span %1 schemas, but a plan qualified with schema %2 covers one: plan without a qualifier, or one schema at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/postgres/postgresplanner.cpp" line="80"/>
        <source>Cannot plan the change to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/postgres/postgresschemaplan.cpp" line="32"/>
        <source>enum type %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/postgres/postgresschemaplan.cpp" line="39"/>
        <source>PostgreSQL cannot remove the value %1 from an enum type. Keep the value, or drop the type and create it again in a hand-written migration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/postgres/postgresschemaplan.cpp" line="65"/>
        <source>PostgreSQL cannot reorder the values of an enum type (value %1 moved). Keep the old order, or drop the type and create it again in a hand-written migration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/postgres/postgresschemaplan.cpp" line="107"/>
        <source>schema %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/postgres/postgresschemaplan.cpp" line="109"/>
        <source>PostgreSQL schemas have no charset or collation of their own; set them per column instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/postgres/postgresserialcolumn.cpp" line="40"/>
        <source>a %1 column must be NOT NULL. Make the column NOT NULL, or use an integer type with an identity instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>strata::PostgresScratchDatabase</name>
    <message>
        <location filename="../core/db/postgres/postgresscratchdatabase.cpp" line="82"/>
        <source>Cannot drop the scratch database &quot;%1&quot; on the server of dev database %2: %3 Drop it by hand: DROP DATABASE &quot;%1&quot;;</source>
        <translation>Die temporäre Datenbank „%1“ auf dem Server der Dev-Datenbank %2 kann nicht gelöscht werden: %3 Löschen Sie sie von Hand: DROP DATABASE &quot;%1&quot;;</translation>
    </message>
</context>
<context>
    <name>strata::PostgresScratchSchema</name>
    <message>
        <location filename="../core/db/postgres/postgresscratchschema.cpp" line="103"/>
        <source>Cannot create a scratch database or a scratch schema for dev database %1. %2 %3 Give the dev user the CREATEDB privilege (or at least the CREATE privilege on the database).</source>
        <translation>Für die Dev-Datenbank %1 kann weder eine temporäre Datenbank noch ein temporäres Schema angelegt werden. %2 %3 Geben Sie dem Dev-Benutzer das Recht CREATEDB (oder wenigstens das Recht CREATE auf der Datenbank).</translation>
    </message>
    <message>
        <location filename="../core/db/postgres/postgresscratchschema.cpp" line="121"/>
        <source>Running %1 in scratch schema %2 of the dev database</source>
        <translation>Führe %1 im temporären Schema %2 der Dev-Datenbank aus</translation>
    </message>
    <message>
        <location filename="../core/db/postgres/postgresscratchschema.cpp" line="127"/>
        <source>%1 failed on the dev database: %2 It ran in a scratch schema, as no scratch database could be created: %3 If the script qualifies names with the schema (&quot;%4&quot;.&quot;name&quot;), give the dev user the CREATEDB privilege.</source>
        <translation>%1 ist auf der Dev-Datenbank fehlgeschlagen: %2 Es lief in einem temporären Schema, weil keine temporäre Datenbank angelegt werden konnte: %3 Wenn das Skript Namen mit dem Schema qualifiziert (&quot;%4&quot;.&quot;name&quot;), geben Sie dem Dev-Benutzer das Recht CREATEDB.</translation>
    </message>
    <message>
        <location filename="../core/db/postgres/postgresscratchschema.cpp" line="139"/>
        <source>%1 creates or changes objects in schema %2 of dev database %3, outside the scratch schema it ran in, as no scratch database could be created: %4 Give the dev user the CREATEDB privilege, so that scripts that qualify names with the schema run in a scratch database.</source>
        <translation>%1 legt im Schema %2 der Dev-Datenbank %3 Objekte an oder ändert sie, außerhalb des temporären Schemas, in dem es lief, weil keine temporäre Datenbank angelegt werden konnte: %4 Geben Sie dem Dev-Benutzer das Recht CREATEDB, damit Skripte, die Namen mit dem Schema qualifizieren, in einer temporären Datenbank laufen.</translation>
    </message>
</context>
<context>
    <name>strata::ProgramOutputPanel</name>
    <message>
        <location filename="../widgets/project/programoutputpanel.cpp" line="41"/>
        <source>Loading an environment whose src is an external schema program shows what the program prints on stderr here.</source>
        <translation>Lädt man eine Umgebung, deren src ein externes Schemaprogramm ist, erscheint hier, was das Programm auf stderr ausgibt.</translation>
    </message>
    <message>
        <location filename="../widgets/project/programoutputpanel.cpp" line="54"/>
        <source>$ %1   (in %2)</source>
        <translation>$ %1   (in %2)</translation>
    </message>
</context>
<context>
    <name>strata::ProjectController</name>
    <message>
        <location filename="../widgets/project/projectcontroller.cpp" line="28"/>
        <source>%1 changed on disk; the project was reloaded.</source>
        <translation>%1 wurde auf der Festplatte geändert; das Projekt wurde neu geladen.</translation>
    </message>
    <message>
        <location filename="../widgets/project/projectcontroller.cpp" line="32"/>
        <source>%1 was deleted or renamed; the project stays open as it was loaded, and reloads when the file is back.</source>
        <translation>%1 wurde gelöscht oder umbenannt; das Projekt bleibt so geöffnet, wie es geladen wurde, und wird neu geladen, sobald die Datei wieder da ist.</translation>
    </message>
    <message>
        <location filename="../widgets/project/projectcontroller.cpp" line="38"/>
        <source>%1 changed on disk but does not load; the previous version stays open. %2</source>
        <translation>%1 wurde auf der Festplatte geändert, lässt sich aber nicht laden; die vorige Fassung bleibt geöffnet. %2</translation>
    </message>
    <message>
        <location filename="../widgets/project/projectcontroller.cpp" line="69"/>
        <source>%1 (env %2)</source>
        <translation>%1 (Umgebung %2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/project/projectcontroller.cpp" line="80"/>
        <source>Opened project %1: %n env(s) (%2).</source>
        <translation>
            <numerusform>Projekt %1 geöffnet: %n Umgebung (%2).</numerusform>
            <numerusform>Projekt %1 geöffnet: %n Umgebungen (%2).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/project/projectcontroller.cpp" line="99"/>
        <source>No project is open.</source>
        <translation>Kein Projekt geöffnet.</translation>
    </message>
    <message>
        <location filename="../widgets/project/projectcontroller.cpp" line="102"/>
        <source>%1 has no env to load: add an env block.</source>
        <translation>%1 hat keine Umgebung zum Laden: Fügen Sie einen env-Block hinzu.</translation>
    </message>
    <message>
        <location filename="../widgets/project/projectcontroller.cpp" line="133"/>
        <source>Env &quot;%1&quot; unchanged; nothing was written.</source>
        <translation>Umgebung „%1“ unverändert; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <location filename="../widgets/project/projectcontroller.cpp" line="140"/>
        <source>Saved %1, but it does not load again: %2</source>
        <translation>%1 gespeichert, lässt sich aber nicht erneut laden: %2</translation>
    </message>
    <message>
        <location filename="../widgets/project/projectcontroller.cpp" line="143"/>
        <source>Saved env &quot;%1&quot; to %2 (changed: %3).</source>
        <translation>Umgebung „%1“ in %2 gespeichert (geändert: %3).</translation>
    </message>
</context>
<context>
    <name>strata::ProjectPanel</name>
    <message>
        <location filename="../widgets/project/projectpanel.cpp" line="41"/>
        <source>&amp;Load Schema</source>
        <translation>Schema &amp;laden</translation>
    </message>
    <message>
        <location filename="../widgets/project/projectpanel.cpp" line="42"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../widgets/project/projectpanel.cpp" line="49"/>
        <source>The environments (env blocks) of atlas.hcl</source>
        <translation>Die Umgebungen (env-Blöcke) der atlas.hcl</translation>
    </message>
    <message>
        <location filename="../widgets/project/projectpanel.cpp" line="63"/>
        <source>This env is declared with for_each: choose the instance (each.key) to show and load</source>
        <translation>Diese Umgebung ist mit for_each deklariert: Wählen Sie die Instanz (each.key), die angezeigt und geladen wird</translation>
    </message>
    <message>
        <location filename="../widgets/project/projectpanel.cpp" line="71"/>
        <source>&amp;Instance:</source>
        <translation>&amp;Instanz:</translation>
    </message>
    <message>
        <location filename="../widgets/project/projectpanel.cpp" line="74"/>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <location filename="../widgets/project/projectpanel.cpp" line="75"/>
        <source>Dev:</source>
        <translation>Dev:</translation>
    </message>
    <message>
        <location filename="../widgets/project/projectpanel.cpp" line="76"/>
        <source>Source:</source>
        <translation>Quelle:</translation>
    </message>
    <message>
        <location filename="../widgets/project/projectpanel.cpp" line="77"/>
        <source>Program:</source>
        <translation>Programm:</translation>
    </message>
    <message>
        <location filename="../widgets/project/projectpanel.cpp" line="78"/>
        <source>Migrations:</source>
        <translation>Migrationen:</translation>
    </message>
    <message>
        <location filename="../widgets/project/projectpanel.cpp" line="79"/>
        <source>Schemas:</source>
        <translation>Schemas:</translation>
    </message>
    <message>
        <location filename="../widgets/project/projectpanel.cpp" line="80"/>
        <source>Exclude:</source>
        <translation>Ausschließen:</translation>
    </message>
    <message>
        <location filename="../widgets/project/projectpanel.cpp" line="84"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../widgets/project/projectpanel.cpp" line="86"/>
        <source>How long the env&apos;s external schema program may run before it is stopped</source>
        <translation>Wie lange das externe Schemaprogramm der Umgebung laufen darf, bevor es beendet wird</translation>
    </message>
    <message>
        <location filename="../widgets/project/projectpanel.cpp" line="91"/>
        <source>Program &amp;timeout:</source>
        <translation>Programm-&amp;Zeitlimit:</translation>
    </message>
    <message>
        <location filename="../widgets/project/projectpanel.cpp" line="103"/>
        <source>Load the selected environment&apos;s desired schema (src); Enter on an env does the same</source>
        <translation>Das Sollschema (src) der ausgewählten Umgebung laden; Enter auf einer Umgebung tut dasselbe</translation>
    </message>
    <message>
        <location filename="../widgets/project/projectpanel.cpp" line="107"/>
        <source>Edit the selected environment in atlas.hcl (Ctrl+E)</source>
        <translation>Die ausgewählte Umgebung in atlas.hcl bearbeiten (Strg+E)</translation>
    </message>
    <message>
        <location filename="../widgets/project/projectpanel.cpp" line="152"/>
        <source>No project open. Use File &gt; Open Project… (Ctrl+Shift+P) to open a folder with an atlas.hcl.</source>
        <translation>Kein Projekt geöffnet. Öffnen Sie mit Datei &gt; Projekt öffnen… (Strg+Umschalt+P) einen Ordner mit einer atlas.hcl.</translation>
    </message>
    <message>
        <location filename="../widgets/project/projectpanel.cpp" line="159"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2</translation>
    </message>
    <message>
        <location filename="../widgets/project/projectpanel.cpp" line="220"/>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <location filename="../widgets/project/projectpanel.cpp" line="227"/>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <location filename="../widgets/project/projectpanel.cpp" line="227"/>
        <source>Environment “%1”</source>
        <translation>Umgebung „%1“</translation>
    </message>
</context>
<context>
    <name>strata::ProjectSession</name>
    <message>
        <location filename="../widgets/project/projectsession.cpp" line="73"/>
        <location filename="../widgets/project/projectsession.cpp" line="108"/>
        <location filename="../widgets/project/projectsession.cpp" line="109"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../widgets/project/projectsession.cpp" line="80"/>
        <location filename="../widgets/project/projectsession.cpp" line="119"/>
        <source>No project is open.</source>
        <translation>Kein Projekt geöffnet.</translation>
    </message>
    <message>
        <location filename="../widgets/project/projectsession.cpp" line="90"/>
        <source>%1 has no env &quot;%2&quot;.</source>
        <translation>%1 hat keine Umgebung „%2“.</translation>
    </message>
    <message>
        <location filename="../widgets/project/projectsession.cpp" line="104"/>
        <source>env &quot;%1&quot;</source>
        <translation>env &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>strata::RecentFilesMenu</name>
    <message>
        <location filename="../widgets/recentfilesmenu.cpp" line="13"/>
        <source>Recent &amp;Files</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../widgets/recentfilesmenu.cpp" line="51"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../widgets/recentfilesmenu.cpp" line="61"/>
        <source>%1, read as %2 DDL</source>
        <translation>%1, gelesen als %2-DDL</translation>
    </message>
    <message>
        <location filename="../widgets/recentfilesmenu.cpp" line="62"/>
        <source>%1
Remembered without its password: Strata asks for it when you open it.</source>
        <translation>%1
Ohne Passwort gemerkt: Strata fragt beim Öffnen danach.</translation>
    </message>
    <message>
        <location filename="../widgets/recentfilesmenu.cpp" line="70"/>
        <source>No Recent Files</source>
        <translation>Keine zuletzt geöffneten Dateien</translation>
    </message>
    <message>
        <location filename="../widgets/recentfilesmenu.cpp" line="73"/>
        <source>Clear Recent Files</source>
        <translation>Liste leeren</translation>
    </message>
</context>
<context>
    <name>strata::ReloadTarget</name>
    <message>
        <location filename="../widgets/jobs/reloadtarget.cpp" line="20"/>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <location filename="../widgets/jobs/reloadtarget.cpp" line="23"/>
        <source>&amp;Reload %1</source>
        <translation>%1 &amp;neu laden</translation>
    </message>
    <message>
        <location filename="../widgets/jobs/reloadtarget.cpp" line="26"/>
        <source>Load %1 again; the Project dock&apos;s Load Schema button loads the selected env</source>
        <translation>%1 erneut laden; die Schaltfläche „Schema laden“ im Projekt-Dock lädt die ausgewählte Umgebung</translation>
    </message>
    <message>
        <location filename="../widgets/jobs/reloadtarget.cpp" line="31"/>
        <source>Load %1 again</source>
        <translation>%1 erneut laden</translation>
    </message>
    <message>
        <location filename="../widgets/jobs/reloadtarget.cpp" line="38"/>
        <source>&amp;Reload env %1</source>
        <translation>Umgebung %1 &amp;neu laden</translation>
    </message>
    <message>
        <location filename="../widgets/jobs/reloadtarget.cpp" line="40"/>
        <source>&amp;Load env %1</source>
        <translation>Umgebung %1 &amp;laden</translation>
    </message>
    <message>
        <location filename="../widgets/jobs/reloadtarget.cpp" line="43"/>
        <source>Load Schema</source>
        <translation>Schema laden</translation>
    </message>
    <message>
        <location filename="../widgets/jobs/reloadtarget.cpp" line="44"/>
        <source>Load the desired schema (src) of env %1, selected in the Project dock</source>
        <translation>Das Sollschema (src) der im Projekt-Dock ausgewählten Umgebung %1 laden</translation>
    </message>
    <message>
        <location filename="../widgets/jobs/reloadtarget.cpp" line="50"/>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <location filename="../widgets/jobs/reloadtarget.cpp" line="52"/>
        <source>The project has no env to load: add an env block to its atlas.hcl</source>
        <translation>Das Projekt hat keine Umgebung zum Laden: Fügen Sie seiner atlas.hcl einen env-Block hinzu</translation>
    </message>
    <message>
        <location filename="../widgets/jobs/reloadtarget.cpp" line="55"/>
        <source>Open a database, a .sql file, a connection or a project first</source>
        <translation>Öffnen Sie zuerst eine Datenbank, eine .sql-Datei, eine Verbindung oder ein Projekt</translation>
    </message>
</context>
<context>
    <name>strata::Replay</name>
    <message>
        <location filename="../core/actions/replay.cpp" line="25"/>
        <source>Cannot replay migrations on %1: give a database URL as the dev database (--dev-url).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/actions/replay.cpp" line="46"/>
        <source>Replaying %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/actions/replay.cpp" line="55"/>
        <source>%1:%2: executing statement: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/actions/replay.cpp" line="63"/>
        <source>Inspecting the replayed schema</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>strata::SchemaBrowser</name>
    <message>
        <location filename="../widgets/schema/schemabrowser.cpp" line="33"/>
        <source>Filter tables and columns…</source>
        <translation>Tabellen und Spalten filtern…</translation>
    </message>
    <message>
        <location filename="../widgets/schema/schemabrowser.cpp" line="35"/>
        <source>Show only tables, columns, indexes and keys whose name contains this text (Ctrl+Shift+F)</source>
        <translation>Nur Tabellen, Spalten, Indizes und Schlüssel anzeigen, deren Name diesen Text enthält (Strg+Umschalt+F)</translation>
    </message>
    <message>
        <location filename="../widgets/schema/schemabrowser.cpp" line="119"/>
        <source>%1, filtered</source>
        <translation>%1, gefiltert</translation>
    </message>
</context>
<context>
    <name>strata::SchemaDiff</name>
    <message>
        <location filename="../core/actions/schemadiffaction.cpp" line="32"/>
        <source>Strata cannot plan migrations for %1 yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/actions/schemadiffaction.cpp" line="43"/>
        <source>Loading the current schema (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/actions/schemadiffaction.cpp" line="53"/>
        <source>Loading the desired schema (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/actions/schemadiffaction.cpp" line="62"/>
        <source>Cannot compare %1 (%2) with %3 (%4): both sides must be the same kind of database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/actions/schemadiffaction.cpp" line="70"/>
        <source>Comparing %1 tables with %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>strata::SchemaLoad</name>
    <message>
        <location filename="../widgets/jobs/schemaload.cpp" line="34"/>
        <source>Writing HCL and SQL</source>
        <translation>HCL und SQL werden geschrieben</translation>
    </message>
</context>
<context>
    <name>strata::SchemaLoader</name>
    <message>
        <location filename="../core/load/schemaloader.cpp" line="27"/>
        <source>Connecting to %1</source>
        <translation>Verbindung zu %1 wird hergestellt</translation>
    </message>
    <message>
        <location filename="../core/load/schemaloader.cpp" line="44"/>
        <source>Cannot read &quot;%1&quot;: %2.</source>
        <translation>„%1“ kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location filename="../core/load/schemaloader.cpp" line="52"/>
        <source>&quot;%1&quot; is not UTF-8 text: save it as UTF-8 and load it again.</source>
        <translation>„%1“ ist kein UTF-8-Text: Speichern Sie die Datei als UTF-8 und laden Sie sie erneut.</translation>
    </message>
    <message>
        <location filename="../core/load/schemaloader.cpp" line="71"/>
        <source>Dev database %1 is not supported in this version of Strata: use sqlite://dev?mode=memory.</source>
        <translation>Die Entwicklungsdatenbank %1 wird von dieser Strata-Version nicht unterstützt: Verwenden Sie sqlite://dev?mode=memory.</translation>
    </message>
    <message>
        <location filename="../core/load/schemaloader.cpp" line="76"/>
        <source>Cannot tell which SQL dialect &quot;%1&quot; is written in: give a dev database (--dev-url sqlite://dev?mode=memory) or a dialect (--dialect sqlite).</source>
        <translation>Es ist nicht erkennbar, in welchem SQL-Dialekt „%1“ geschrieben ist: Geben Sie eine Entwicklungsdatenbank (--dev-url sqlite://dev?mode=memory) oder einen Dialekt (--dialect sqlite) an.</translation>
    </message>
    <message>
        <location filename="../core/db/mysql/mysqldatabase.cpp" line="136"/>
        <location filename="../core/db/postgres/postgresdatabase.cpp" line="132"/>
        <source>Parsing %1</source>
        <translation>Lese %1</translation>
    </message>
    <message>
        <location filename="../core/load/schemaloader.cpp" line="83"/>
        <source>Dialect &quot;%1&quot; is not supported: use sqlite, mysql, mariadb or postgres.</source>
        <translation>Der Dialekt „%1“ wird nicht unterstützt: verwenden Sie sqlite, mysql, mariadb oder postgres.</translation>
    </message>
    <message>
        <location filename="../core/load/schemaloader.cpp" line="115"/>
        <source>File &quot;%1&quot; does not exist. Check the path in the file:// URL.</source>
        <translation>Die Datei „%1“ existiert nicht. Prüfen Sie den Pfad in der file://-URL.</translation>
    </message>
    <message>
        <location filename="../core/load/schemaloader.cpp" line="119"/>
        <source>&quot;%1&quot; is a folder: give a .sql file of DDL or an SQLite database file.</source>
        <translation>„%1“ ist ein Ordner: Geben Sie eine .sql-Datei mit DDL oder eine SQLite-Datenbankdatei an.</translation>
    </message>
    <message>
        <location filename="../core/load/schemaloader.cpp" line="126"/>
        <source>Cannot load &quot;%1&quot;: file:// sources must be .sql files of DDL or SQLite database files.</source>
        <translation>„%1“ kann nicht geladen werden: file://-Quellen müssen .sql-Dateien mit DDL oder SQLite-Datenbankdateien sein.</translation>
    </message>
    <message>
        <location filename="../core/load/schemaloader.cpp" line="134"/>
        <source>Reading %1</source>
        <translation>%1 wird gelesen</translation>
    </message>
    <message>
        <location filename="../core/load/schemaloader.cpp" line="149"/>
        <source>Running %1</source>
        <translation>%1 wird ausgeführt</translation>
    </message>
    <message>
        <location filename="../core/load/schemaloader.cpp" line="193"/>
        <source>%1 refers to a project environment: open the project&apos;s atlas.hcl and choose an environment (--env NAME).</source>
        <translation>%1 verweist auf eine Projektumgebung: Öffnen Sie die atlas.hcl des Projekts und wählen Sie eine Umgebung (--env NAME).</translation>
    </message>
</context>
<context>
    <name>strata::SchemaProgram</name>
    <message>
        <location filename="../core/program/schemaprogramrunner.cpp" line="67"/>
        <source>stderr:</source>
        <translation>stderr:</translation>
    </message>
    <message>
        <location filename="../core/program/schemaprogramrunner.cpp" line="79"/>
        <source>%1: program not found</source>
        <translation>%1: Programm nicht gefunden</translation>
    </message>
    <message>
        <location filename="../core/program/schemaprogramrunner.cpp" line="81"/>
        <source>%1: program is not executable</source>
        <translation>%1: Programm ist nicht ausführbar</translation>
    </message>
    <message>
        <location filename="../core/program/schemaprogramrunner.cpp" line="86"/>
        <source>%1: program not found in PATH</source>
        <translation>%1: Programm nicht im PATH gefunden</translation>
    </message>
    <message>
        <location filename="../core/program/schemaprogramrunner.cpp" line="140"/>
        <source>The external schema program is empty: set program to a command such as [&quot;node&quot;, &quot;load.js&quot;].</source>
        <translation>Das externe Schema-Programm ist leer: setzen Sie program auf einen Befehl wie [&quot;node&quot;, &quot;load.js&quot;].</translation>
    </message>
    <message>
        <location filename="../core/program/schemaprogramrunner.cpp" line="143"/>
        <source>Cannot run %1: the working directory %2 does not exist.</source>
        <translation>%1 kann nicht ausgeführt werden: das Arbeitsverzeichnis %2 existiert nicht.</translation>
    </message>
    <message>
        <location filename="../core/program/schemaprogramrunner.cpp" line="163"/>
        <source>Cannot start %1: %2</source>
        <translation>%1 kann nicht gestartet werden: %2</translation>
    </message>
    <message>
        <location filename="../core/program/schemaprogramrunner.cpp" line="177"/>
        <source>%1 printed more than %2 MiB of SQL and was stopped. Check that it prints only the schema.</source>
        <translation>%1 hat mehr als %2 MiB SQL ausgegeben und wurde gestoppt. Prüfen Sie, dass es nur das Schema ausgibt.</translation>
    </message>
    <message>
        <location filename="../core/program/schemaprogramrunner.cpp" line="198"/>
        <source>%1 did not finish within %2 s and was stopped. Raise the timeout if it needs more time.</source>
        <translation>%1 wurde nicht innerhalb von %2 s fertig und wurde gestoppt. Erhöhen Sie das Timeout, wenn es mehr Zeit braucht.</translation>
    </message>
    <message>
        <location filename="../core/program/schemaprogramrunner.cpp" line="221"/>
        <source>%1 crashed (%2).</source>
        <translation>%1 ist abgestürzt (%2).</translation>
    </message>
    <message>
        <location filename="../core/program/schemaprogramrunner.cpp" line="225"/>
        <source>%1 failed with exit code %2.</source>
        <translation>%1 ist mit Exit-Code %2 fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../core/program/schemaprogramrunner.cpp" line="233"/>
        <source>%1 printed output that is not UTF-8 text; the schema must be SQL in UTF-8.</source>
        <translation>%1 hat eine Ausgabe erzeugt, die kein UTF-8-Text ist; das Schema muss SQL in UTF-8 sein.</translation>
    </message>
    <message>
        <location filename="../core/program/schemaprogramrunner.cpp" line="239"/>
        <source>%1 printed no SQL (it exited with code 0 but its output is empty).</source>
        <translation>%1 hat kein SQL ausgegeben (Exit-Code 0, aber die Ausgabe ist leer).</translation>
    </message>
</context>
<context>
    <name>strata::SchemaTextTabs</name>
    <message>
        <location filename="../widgets/pages/schematexttabs.cpp" line="48"/>
        <source>HCL</source>
        <translation>HCL</translation>
    </message>
    <message>
        <location filename="../widgets/pages/schematexttabs.cpp" line="49"/>
        <source>SQL</source>
        <translation>SQL</translation>
    </message>
    <message>
        <location filename="../widgets/pages/schematexttabs.cpp" line="50"/>
        <source>The schema as Atlas HCL (atlas schema inspect)</source>
        <translation>Das Schema als Atlas-HCL (atlas schema inspect)</translation>
    </message>
    <message>
        <location filename="../widgets/pages/schematexttabs.cpp" line="51"/>
        <source>The schema as SQL DDL (atlas schema inspect --format &apos;{{ sql . }}&apos;)</source>
        <translation>Das Schema als SQL-DDL (atlas schema inspect --format &apos;{{ sql . }}&apos;)</translation>
    </message>
    <message>
        <location filename="../widgets/pages/schematexttabs.cpp" line="88"/>
        <source>Cannot open the model file %1: %2</source>
        <translation>Die Modelldatei %1 lässt sich nicht öffnen: %2</translation>
    </message>
</context>
<context>
    <name>strata::SchemaTreeModel</name>
    <message>
        <location filename="../widgets/schema/schematreebuilder.cpp" line="69"/>
        <source>PK</source>
        <translation>PK</translation>
    </message>
    <message>
        <location filename="../widgets/schema/schematreebuilder.cpp" line="75"/>
        <source>FK → %1(%2)</source>
        <translation>FK → %1(%2)</translation>
    </message>
    <message>
        <location filename="../widgets/schema/schematreebuilder.cpp" line="78"/>
        <source>NOT NULL</source>
        <translation>NOT NULL</translation>
    </message>
    <message>
        <location filename="../widgets/schema/schematreebuilder.cpp" line="80"/>
        <source>UNIQUE</source>
        <translation>UNIQUE</translation>
    </message>
    <message>
        <location filename="../widgets/schema/schematreebuilder.cpp" line="82"/>
        <source>AUTOINCREMENT</source>
        <translation>AUTOINCREMENT</translation>
    </message>
    <message>
        <location filename="../widgets/schema/schematreebuilder.cpp" line="84"/>
        <source>DEFAULT %1</source>
        <translation>DEFAULT %1</translation>
    </message>
    <message>
        <location filename="../widgets/schema/schematreebuilder.cpp" line="86"/>
        <source>GENERATED %1 STORED</source>
        <translation>GENERATED %1 STORED</translation>
    </message>
    <message>
        <location filename="../widgets/schema/schematreebuilder.cpp" line="87"/>
        <source>GENERATED %1 VIRTUAL</source>
        <translation>GENERATED %1 VIRTUAL</translation>
    </message>
    <message>
        <location filename="../widgets/schema/schematreebuilder.cpp" line="96"/>
        <source>Comment: %1</source>
        <translation>Kommentar: %1</translation>
    </message>
    <message>
        <location filename="../widgets/schema/schematreebuilder.cpp" line="105"/>
        <source>Columns (%1)</source>
        <translation>Spalten (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/schema/schematreebuilder.cpp" line="127"/>
        <source>PRIMARY KEY</source>
        <translation>PRIMARY KEY</translation>
    </message>
    <message>
        <location filename="../widgets/schema/schematreebuilder.cpp" line="129"/>
        <source>Primary key</source>
        <translation>Primärschlüssel</translation>
    </message>
    <message>
        <location filename="../widgets/schema/schematreebuilder.cpp" line="131"/>
        <source>UNIQUE INDEX</source>
        <translation>UNIQUE INDEX</translation>
    </message>
    <message>
        <location filename="../widgets/schema/schematreebuilder.cpp" line="131"/>
        <source>INDEX</source>
        <translation>INDEX</translation>
    </message>
    <message>
        <location filename="../widgets/schema/schematreebuilder.cpp" line="147"/>
        <source>Indexes (%1)</source>
        <translation>Indizes (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/schema/schematreebuilder.cpp" line="163"/>
        <source>Foreign keys (%1)</source>
        <translation>Fremdschlüssel (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/schema/schematreebuilder.cpp" line="168"/>
        <source>FOREIGN KEY</source>
        <translation>FOREIGN KEY</translation>
    </message>
    <message>
        <location filename="../widgets/schema/schematreebuilder.cpp" line="186"/>
        <source>Checks (%1)</source>
        <translation>Prüfungen (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/schema/schematreebuilder.cpp" line="190"/>
        <source>(unnamed)</source>
        <translation>(unbenannt)</translation>
    </message>
    <message>
        <location filename="../widgets/schema/schematreebuilder.cpp" line="191"/>
        <source>CHECK</source>
        <translation>CHECK</translation>
    </message>
    <message>
        <location filename="../widgets/schema/schematreebuilder.cpp" line="194"/>
        <source>(not enforced)</source>
        <translation>(nicht erzwungen)</translation>
    </message>
    <message>
        <location filename="../widgets/schema/schematreebuilder.cpp" line="222"/>
        <source>schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <location filename="../widgets/schema/schematreebuilder.cpp" line="224"/>
        <source>Schema %1</source>
        <translation>Schema %1</translation>
    </message>
    <message>
        <location filename="../widgets/schema/schematreebuilder.cpp" line="227"/>
        <source>table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <location filename="../widgets/schema/schematreebuilder.cpp" line="230"/>
        <source>Table %1.%2</source>
        <translation>Tabelle %1.%2</translation>
    </message>
    <message>
        <location filename="../widgets/schema/schematreemodel.cpp" line="127"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../widgets/schema/schematreemodel.cpp" line="129"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../widgets/schema/schematreemodel.cpp" line="131"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>strata::SqlDialects</name>
    <message>
        <location filename="../core/db/sqlite/sqlitedatabase.cpp" line="23"/>
        <source>SQLite</source>
        <translation>SQLite</translation>
    </message>
    <message>
        <location filename="../core/db/mysql/mysqldatabase.cpp" line="32"/>
        <source>MySQL 8</source>
        <translation>MySQL 8</translation>
    </message>
    <message>
        <location filename="../core/db/mysql/mysqldatabase.cpp" line="63"/>
        <source>MySQL</source>
        <translation>MySQL</translation>
    </message>
    <message>
        <location filename="../core/db/mysql/mysqldatabase.cpp" line="31"/>
        <location filename="../core/db/mysql/mysqldatabase.cpp" line="62"/>
        <source>MariaDB</source>
        <translation>MariaDB</translation>
    </message>
    <message>
        <location filename="../core/db/postgres/postgresdatabase.cpp" line="22"/>
        <location filename="../core/db/postgres/postgresdatabase.cpp" line="46"/>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
</context>
<context>
    <name>strata::SqliteConnection</name>
    <message>
        <location filename="../core/db/sqlite/sqliteconnection.cpp" line="78"/>
        <source>%1 is not an SQLite URL: use sqlite://file.db or sqlite://name?mode=memory.</source>
        <translation>%1 ist keine SQLite-URL: Verwenden Sie sqlite://file.db oder sqlite://name?mode=memory.</translation>
    </message>
    <message>
        <location filename="../core/db/sqlite/sqliteconnection.cpp" line="99"/>
        <source>The URL %1 names no database file: use sqlite://file.db, or sqlite://name?mode=memory for a scratch database.</source>
        <translation>Die URL %1 nennt keine Datenbankdatei: Verwenden Sie sqlite://file.db oder sqlite://name?mode=memory für eine temporäre Datenbank.</translation>
    </message>
    <message>
        <location filename="../core/db/sqlite/sqliteconnection.cpp" line="107"/>
        <source>SQLite database &quot;%1&quot; does not exist. Check the path, or use sqlite://%2?mode=memory for a scratch database.</source>
        <translation>Die SQLite-Datenbank „%1“ existiert nicht. Prüfen Sie den Pfad oder verwenden Sie sqlite://%2?mode=memory für eine temporäre Datenbank.</translation>
    </message>
    <message>
        <location filename="../core/db/sqlite/sqliteconnection.cpp" line="113"/>
        <source>&quot;%1&quot; is a directory, not an SQLite database file. Give the path of the database file.</source>
        <translation>„%1“ ist ein Verzeichnis, keine SQLite-Datenbankdatei. Geben Sie den Pfad der Datenbankdatei an.</translation>
    </message>
    <message>
        <location filename="../core/db/sqlite/sqliteconnection.cpp" line="119"/>
        <source>SQLite database &quot;%1&quot; cannot be read: permission denied. Check the file&apos;s permissions.</source>
        <translation>Die SQLite-Datenbank „%1“ kann nicht gelesen werden: Zugriff verweigert. Prüfen Sie die Zugriffsrechte der Datei.</translation>
    </message>
    <message>
        <location filename="../core/db/sqlite/sqliteconnection.cpp" line="130"/>
        <source>The Qt SQLite driver (QSQLITE) is not available. Install the Qt 6 SQLite plugin (libqt6sql6-sqlite).</source>
        <translation>Der Qt-SQLite-Treiber (QSQLITE) ist nicht verfügbar. Installieren Sie das Qt-6-SQLite-Plugin (libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <location filename="../core/db/sqlite/sqliteconnection.cpp" line="137"/>
        <source>Cannot open SQLite database %1: %2. Check the path and its permissions.</source>
        <translation>Die SQLite-Datenbank %1 kann nicht geöffnet werden: %2. Prüfen Sie den Pfad und die Zugriffsrechte.</translation>
    </message>
    <message>
        <location filename="../core/db/sqlite/sqliteconnection.cpp" line="152"/>
        <source>&quot;%1&quot; is not an SQLite database (SQLite: %2). Open an SQLite 3 database file, or load SQL text with file://.</source>
        <translation>„%1“ ist keine SQLite-Datenbank (SQLite: %2). Öffnen Sie eine SQLite-3-Datenbankdatei oder laden Sie SQL-Text mit file://.</translation>
    </message>
    <message>
        <location filename="../core/db/sqlite/sqliteconnection.cpp" line="158"/>
        <source>Cannot read SQLite database &quot;%1&quot;: %2. Check the file and its permissions.</source>
        <translation>Die SQLite-Datenbank „%1“ kann nicht gelesen werden: %2. Prüfen Sie die Datei und ihre Zugriffsrechte.</translation>
    </message>
    <message>
        <location filename="../core/db/sqlite/sqliteconnection.cpp" line="188"/>
        <source>Statement &quot;%1&quot; failed on %2: %3.</source>
        <translation>Die Anweisung „%1“ ist auf %2 fehlgeschlagen: %3.</translation>
    </message>
</context>
<context>
    <name>strata::SqliteDdlLoader</name>
    <message>
        <location filename="../core/db/sqlite/sqliteddlloader.cpp" line="148"/>
        <source>the text is larger than 2 GB</source>
        <translation>der Text ist größer als 2 GB</translation>
    </message>
    <message>
        <location filename="../core/db/sqlite/sqliteddlloader.cpp" line="160"/>
        <source>the text contains a NUL character; remove it or check that the file is SQL text</source>
        <translation>der Text enthält ein NUL-Zeichen; entfernen Sie es oder prüfen Sie, ob die Datei SQL-Text ist</translation>
    </message>
    <message>
        <location filename="../core/db/sqlite/sqliteddlloader.cpp" line="177"/>
        <source>Running statement %1</source>
        <translation>Anweisung %1 wird ausgeführt</translation>
    </message>
    <message>
        <location filename="../core/db/sqlite/sqliteddlloader.cpp" line="220"/>
        <source>%1:%2:%3: statement &quot;%4&quot; failed: %5</source>
        <translation>%1:%2:%3: Anweisung „%4“ ist fehlgeschlagen: %5</translation>
    </message>
    <message>
        <location filename="../core/db/sqlite/sqliteddlloader.cpp" line="242"/>
        <source>Cannot create an in-memory SQLite database to load %1: %2. Check that the Qt SQLite plugin (libqt6sql6-sqlite) is installed.</source>
        <translation>Zum Laden von %1 kann keine SQLite-Datenbank im Arbeitsspeicher angelegt werden: %2. Prüfen Sie, ob das Qt-SQLite-Plugin (libqt6sql6-sqlite) installiert ist.</translation>
    </message>
    <message>
        <location filename="../core/db/sqlite/sqliteddlloader.cpp" line="249"/>
        <source>Cannot load %1: the Qt SQLite driver does not expose its SQLite handle. Use a Qt build with the QSQLITE plugin.</source>
        <translation>%1 kann nicht geladen werden: Der Qt-SQLite-Treiber gibt sein SQLite-Handle nicht frei. Verwenden Sie eine Qt-Version mit dem QSQLITE-Plugin.</translation>
    </message>
    <message>
        <location filename="../core/db/sqlite/sqliteddlloader.cpp" line="258"/>
        <source>Running %1</source>
        <translation>%1 wird ausgeführt</translation>
    </message>
</context>
<context>
    <name>strata::SqliteInspector</name>
    <message>
        <location filename="../core/db/sqlite/sqliteinspector.cpp" line="83"/>
        <source>Reading tables</source>
        <translation>Tabellen werden gelesen</translation>
    </message>
    <message>
        <location filename="../core/db/sqlite/sqliteinspector.cpp" line="87"/>
        <source>Reading columns</source>
        <translation>Spalten werden gelesen</translation>
    </message>
    <message>
        <location filename="../core/db/sqlite/sqliteinspector.cpp" line="91"/>
        <source>Reading indexes</source>
        <translation>Indizes werden gelesen</translation>
    </message>
    <message>
        <location filename="../core/db/sqlite/sqliteinspector.cpp" line="95"/>
        <source>Reading foreign keys</source>
        <translation>Fremdschlüssel werden gelesen</translation>
    </message>
    <message>
        <location filename="../core/db/sqlite/sqliteinspector.cpp" line="99"/>
        <source>Reading checks</source>
        <translation>Prüfungen werden gelesen</translation>
    </message>
    <message>
        <location filename="../core/db/sqlite/sqliteinspector.cpp" line="114"/>
        <source>Reading the %1 of SQLite schema &quot;%2&quot; failed: %3. Check that the database is an SQLite 3 file and not locked by another program.</source>
        <translation>Das Lesen von %1 des SQLite-Schemas „%2“ ist fehlgeschlagen: %3. Prüfen Sie, ob die Datenbank eine SQLite-3-Datei ist und nicht von einem anderen Programm gesperrt wird.</translation>
    </message>
    <message>
        <location filename="../core/db/sqlite/sqliteinspector.cpp" line="139"/>
        <location filename="../core/db/sqlite/sqliteinspector.cpp" line="152"/>
        <source>tables</source>
        <translation>Tabellen</translation>
    </message>
    <message>
        <location filename="../core/db/sqlite/sqliteinspector.cpp" line="143"/>
        <source>SQLite schema &quot;%1&quot; does not exist in this database: SQLite calls the database file &quot;main&quot; and attached databases by their ATTACH name.</source>
        <translation>Das SQLite-Schema „%1“ existiert in dieser Datenbank nicht: SQLite nennt die Datenbankdatei „main“ und angehängte Datenbanken nach ihrem ATTACH-Namen.</translation>
    </message>
    <message>
        <location filename="../core/db/sqlite/sqliteinspector.cpp" line="180"/>
        <source>columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <location filename="../core/db/sqlite/sqliteinspector.cpp" line="243"/>
        <source>indexes</source>
        <translation>Indizes</translation>
    </message>
    <message>
        <location filename="../core/db/sqlite/sqliteinspector.cpp" line="310"/>
        <source>foreign keys</source>
        <translation>Fremdschlüssel</translation>
    </message>
</context>
<context>
    <name>strata::SqlitePlanner</name>
    <message>
        <location filename="../core/db/sqlite/sqlitemodifytable.cpp" line="30"/>
        <location filename="../core/db/sqlite/sqlitemodifytable.cpp" line="48"/>
        <source>character set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/sqlite/sqlitemodifytable.cpp" line="32"/>
        <source>collation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/sqlite/sqlitemodifytable.cpp" line="34"/>
        <source>storage engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/sqlite/sqlitemodifytable.cpp" line="37"/>
        <source>Cannot plan the change to table %1: SQLite tables have no %2. Remove it from the desired schema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/sqlite/sqlitemodifytable.cpp" line="50"/>
        <source>identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/sqlite/sqlitemodifytable.cpp" line="52"/>
        <source>ON UPDATE clause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/sqlite/sqlitemodifytable.cpp" line="55"/>
        <source>Cannot plan the change to column %1 of table %2: SQLite columns have no %3. Remove it from the desired schema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/sqlite/sqliteplanner.cpp" line="110"/>
        <source>Unsupported change for SQLite: add schema %1. An SQLite database file is one schema; keep the tables in &quot;main&quot; or use another database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/sqlite/sqliteplanner.cpp" line="115"/>
        <source>Unsupported change for SQLite: drop schema %1. An SQLite database file is one schema; delete the file instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/sqlite/sqliteplanner.cpp" line="120"/>
        <source>Unsupported change for SQLite: modify schema %1. SQLite schemas have no character set, collation or comment; remove them from the desired schema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/sqlite/sqliteplanner.cpp" line="129"/>
        <source>Unsupported change for SQLite: enum type %1. SQLite has no enum types; use a CHECK constraint instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/sqlite/sqliteplanner.cpp" line="134"/>
        <source>Unsupported change for SQLite in table %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/sqlite/sqliteplanner.cpp" line="141"/>
        <source>Cannot add the foreign keys of table %1 on their own: SQLite declares foreign keys only in CREATE TABLE, and this plan does not create the table. Diff the table as a modified table instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/sqlite/sqlitetablecopy.cpp" line="33"/>
        <source>Cannot copy table %1: column %2 is both dropped and kept. Check the rename hints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/sqlite/sqlitetablecopy.cpp" line="42"/>
        <source>Cannot copy table %1: column %2 is changed twice. Check the rename hints.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>strata::StatementScanner</name>
    <message>
        <location filename="../core/migrate/statementscanner.cpp" line="90"/>
        <source>no input found after delimiter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/migrate/statementscanner.cpp" line="109"/>
        <source>unclosed &apos;(&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/migrate/statementscanner.cpp" line="125"/>
        <source>unexpected &apos;)&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/migrate/statementscanner.cpp" line="266"/>
        <source>empty delimiter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/migrate/statementscanner.cpp" line="283"/>
        <source>unclosed quote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/migrate/statementscanner.cpp" line="295"/>
        <source>unexpected dollar quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/migrate/statementscanner.cpp" line="303"/>
        <source>unclosed dollar-quoted string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/migrate/statementscanner.cpp" line="388"/>
        <source>sql/migrate: invalid GO command, expect digits got %1: strconv.Atoi: parsing %2: invalid syntax</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>strata::cli::CommandLine</name>
    <message>
        <source>Strata: a desktop studio for schema-as-code, file-compatible with Atlas.

Usage:
  strata [FILE.db | FILE.sql | URL]     open the Strata window
  strata schema inspect --url URL       print a schema as Atlas HCL, SQL, JSON or Mermaid
  strata --version                      print versions

Run &apos;strata schema inspect --help&apos; for the flags of a command.
</source>
        <translation type="vanished">Strata: a desktop studio for schema-as-code, file-compatible with Atlas.

Usage:
  strata [FILE.db | FILE.sql | URL]     open the Strata window
  strata schema inspect --url URL       print a schema as Atlas HCL, SQL, JSON or Mermaid
  strata --version                      print versions

Run &apos;strata schema inspect --help&apos; for the flags of a command.
</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="20"/>
        <source>Strata: a desktop studio for schema-as-code, file-compatible with Atlas.

Usage:
  strata [FILE.db | FILE.sql | URL]     open the Strata window
  strata schema inspect --url URL       print a schema as Atlas HCL, SQL, JSON or Mermaid
  strata migrate hash|validate          write or check the migration directory&apos;s atlas.sum
  strata migrate new [NAME]             add an empty migration file
  strata --version                      print versions

Run &apos;strata schema inspect --help&apos; for the flags of a command.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="36"/>
        <source>strata version %1
Qt %2, SQLite %3, libpq %4, MariaDB Connector/C %5
</source>
        <translation>strata Version %1
Qt %2, SQLite %3, libpq %4, MariaDB Connector/C %5
</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="55"/>
        <source>unknown command &quot;%1&quot; for &quot;strata %2&quot;</source>
        <translation>unbekannter Befehl „%1“ für „strata %2“</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="92"/>
        <source>unknown flag: %1 (see &apos;strata --help&apos;)</source>
        <translation>unbekannte Option: %1 (siehe &apos;strata --help&apos;)</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="93"/>
        <source>unknown command &quot;%1&quot; for &quot;strata&quot; (see &apos;strata --help&apos;; to open a file, check that it exists)</source>
        <translation>unbekannter Befehl „%1“ für „strata“ (siehe &apos;strata --help&apos;; um eine Datei zu öffnen, prüfen Sie, ob sie existiert)</translation>
    </message>
</context>
<context>
    <name>strata::cli::Commands</name>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="25"/>
        <source>Inspect a database and print its schema in Atlas DDL syntax.</source>
        <translation>Eine Datenbank untersuchen und ihr Schema in Atlas-DDL-Syntax ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="30"/>
        <source>Calculate and print the diff between two schemas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="35"/>
        <source>Compute the diff between the migration directory and a desired state and create a new migration file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="41"/>
        <source>Hash (re-)creates an integrity hash file for the migration directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="46"/>
        <source>Creates a new empty migration file in the migration directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="51"/>
        <source>Validates the migration directories checksum and SQL statements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="95"/>
        <source>Usage:
  strata %1 [command]

Available Commands:
</source>
        <translation>Usage:
  strata %1 [command]

Available Commands:
</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="102"/>
        <source>
Use &quot;strata %1 [command] --help&quot; for more information about a command.
</source>
        <translation>
Use &quot;strata %1 [command] --help&quot; for more information about a command.
</translation>
    </message>
</context>
<context>
    <name>strata::cli::FlagSet</name>
    <message>
        <location filename="../app/cli/flagset.cpp" line="103"/>
        <source>bad flag syntax: %1</source>
        <translation>bad flag syntax: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/flagset.cpp" line="111"/>
        <source>unknown flag: --%1</source>
        <translation>unknown flag: --%1</translation>
    </message>
    <message>
        <location filename="../app/cli/flagset.cpp" line="118"/>
        <source>flag needs an argument: %1</source>
        <translation>flag needs an argument: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/flagset.cpp" line="130"/>
        <source>unknown shorthand flag: %1 in -%2</source>
        <translation>unknown shorthand flag: %1 in -%2</translation>
    </message>
    <message>
        <location filename="../app/cli/flagset.cpp" line="148"/>
        <source>flag needs an argument: %1 in -%2</source>
        <translation>flag needs an argument: %1 in -%2</translation>
    </message>
    <message>
        <location filename="../app/cli/flagset.cpp" line="164"/>
        <source>invalid argument %1 for %2 flag: %3</source>
        <translation>invalid argument %1 for %2 flag: %3</translation>
    </message>
    <message>
        <location filename="../app/cli/flagset.cpp" line="174"/>
        <source>strconv.ParseBool: parsing %1: invalid syntax</source>
        <translation>strconv.ParseBool: parsing %1: invalid syntax</translation>
    </message>
</context>
<context>
    <name>strata::cli::GoCsv</name>
    <message>
        <location filename="../app/cli/gocsv.cpp" line="17"/>
        <source>bare &quot; in non-quoted-field</source>
        <translation>bare &quot; in non-quoted-field</translation>
    </message>
    <message>
        <location filename="../app/cli/gocsv.cpp" line="22"/>
        <source>extraneous or missing &quot; in quoted-field</source>
        <translation>extraneous or missing &quot; in quoted-field</translation>
    </message>
    <message>
        <location filename="../app/cli/gocsv.cpp" line="29"/>
        <source>record on line %1; parse error on line %2, column %3: %4</source>
        <translation>record on line %1; parse error on line %2, column %3: %4</translation>
    </message>
    <message>
        <location filename="../app/cli/gocsv.cpp" line="36"/>
        <source>parse error on line %1, column %2: %3</source>
        <translation>parse error on line %1, column %2: %3</translation>
    </message>
    <message>
        <location filename="../app/cli/gocsv.cpp" line="163"/>
        <source>EOF</source>
        <translation>EOF</translation>
    </message>
</context>
<context>
    <name>strata::cli::GoMatch</name>
    <message>
        <location filename="../app/cli/gomatch.cpp" line="23"/>
        <source>syntax error in pattern</source>
        <translation>syntax error in pattern</translation>
    </message>
</context>
<context>
    <name>strata::cli::InspectFormat</name>
    <message>
        <location filename="../app/cli/inspectformat.cpp" line="30"/>
        <source>Unsupported --format &quot;%1&quot;: use &apos;{{ sql . }}&apos;, &apos;{{ sql . &quot;  &quot; }}&apos;, &apos;{{ json . }}&apos; or &apos;{{ mermaid . }}&apos; (the default prints Atlas HCL).</source>
        <translation>Nicht unterstütztes --format „%1“: Verwenden Sie &apos;{{ sql . }}&apos;, &apos;{{ sql . &quot;  &quot; }}&apos;, &apos;{{ json . }}&apos; oder &apos;{{ mermaid . }}&apos; (ohne --format wird Atlas-HCL ausgegeben).</translation>
    </message>
    <message>
        <location filename="../app/cli/inspectformat.cpp" line="164"/>
        <source>parse log format: template: format:%1: function &quot;%2&quot; not defined</source>
        <translation>parse log format: template: format:%1: function &quot;%2&quot; not defined</translation>
    </message>
</context>
<context>
    <name>strata::cli::InspectSource</name>
    <message>
        <location filename="../app/cli/inspectsource.cpp" line="32"/>
        <location filename="../app/cli/inspectsource.cpp" line="43"/>
        <source>--dev-url cannot be empty. See: https://atlasgo.io/atlas-schema/sql#dev-database</source>
        <translation>--dev-url cannot be empty. See: https://atlasgo.io/atlas-schema/sql#dev-database</translation>
    </message>
    <message>
        <location filename="../app/cli/inspectsource.cpp" line="47"/>
        <source>--dev-url cannot be empty</source>
        <translation>--dev-url cannot be empty</translation>
    </message>
    <message>
        <location filename="../app/cli/inspectsource.cpp" line="54"/>
        <source>%1 refers to a project environment: choose one with --env NAME.</source>
        <translation>%1 verweist auf eine Projektumgebung: Wählen Sie eine mit --env NAME.</translation>
    </message>
</context>
<context>
    <name>strata::cli::MigrateDiff</name>
    <message>
        <location filename="../app/cli/migratediffcommand.cpp" line="43"/>
        <source>migrate diff writes SQL: use --format &apos;{{ sql . }}&apos; or &apos;{{ sql . &quot;  &quot; }}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/migratediffcommand.cpp" line="53"/>
        <source>&apos;strata migrate diff&apos; uses the dev-database to re-run all migration files in the migration
directory, compares it to the given desired state and creates a new migration file containing
SQL statements to migrate the migration directory state to the desired schema. The desired state
can be another connected database, an SQL or HCL file, or an env&apos;s external schema program.

Usage:
  strata migrate diff [flags] [name]

Examples:
  strata migrate diff --dev-url &quot;sqlite://dev?mode=memory&quot; --to file://schema.sql add_users
  strata migrate diff --dev-url docker://mysql/8/dev --to mysql://user:pass@localhost:3306/app
  strata migrate diff --env local add_age

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/migratediffcommand.cpp" line="72"/>
        <source>      --to string           [driver://username:password@address/dbname?param=value] select a desired state using the URL format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/migratediffcommand.cpp" line="75"/>
        <source>      --dev-url string      [driver://username:password@address/dbname?param=value] select a dev database using the URL format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/migratediffcommand.cpp" line="78"/>
        <source>      --qualifier string    qualify tables with custom qualifier when working on a single schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/migratediffcommand.cpp" line="80"/>
        <source>      --format string       Go template to use to format the output: &apos;{{ sql . &quot;  &quot; }}&apos; indents CREATE TABLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/migratediffcommand.cpp" line="98"/>
        <source>accepts at most 1 arg(s), received %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/migratediffcommand.cpp" line="116"/>
        <source>required flag(s) %1 not set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>strata::cli::MigrateDirFlags</name>
    <message>
        <location filename="../app/cli/migratedirflags.cpp" line="75"/>
        <source>Flags:
      --dir string          select migration directory using URL format (default &quot;file://migrations&quot;)
      --dir-format string   select migration file format (default &quot;atlas&quot;)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/migratedirflags.cpp" line="82"/>
        <source>  -h, --help                help for %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/migratedirflags.cpp" line="83"/>
        <source>
Global Flags:
  -c, --config string        select config (project) file using URL format (default &quot;file://atlas.hcl&quot;)
      --env string           set which env from the config file to use
      --var &lt;name&gt;=&lt;value&gt;   input variables (default [])
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>strata::cli::MigrateHash</name>
    <message>
        <location filename="../app/cli/migratehashcommand.cpp" line="20"/>
        <source>&apos;strata migrate hash&apos; computes the integrity hash sum of the migration directory and stores it in the atlas.sum file.
This command should be used whenever a manual change in the migration directory was made.

Usage:
  strata migrate hash [flags]

Examples:
  strata migrate hash
  strata migrate hash --dir file:///path/to/migrations
  strata migrate hash --env local

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/migratehashcommand.cpp" line="49"/>
        <source>Unexpected argument &quot;%1&quot; (see &apos;strata migrate hash --help&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/migratehashcommand.cpp" line="54"/>
        <source>Flag --force has been deprecated, you can safely omit it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>strata::cli::MigrateNew</name>
    <message>
        <location filename="../app/cli/migratenewcommand.cpp" line="23"/>
        <source>&apos;strata migrate new&apos; creates a new migration according to the configured formatter without any statements in it.

Usage:
  strata migrate new [flags] [name]

Examples:
  strata migrate new my-new-migration
  strata migrate new add_users --dir file://db/migrations

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/migratenewcommand.cpp" line="50"/>
        <source>accepts at most 1 arg(s), received %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/migratenewcommand.cpp" line="63"/>
        <source>%1 already exists in the migration directory: run the command again in a second.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>strata::cli::MigrateValidate</name>
    <message>
        <location filename="../app/cli/migratevalidatecommand.cpp" line="23"/>
        <source>&apos;strata migrate validate&apos; computes the integrity hash sum of the migration directory and compares it to the
atlas.sum file. If there is a mismatch it will be reported.

Usage:
  strata migrate validate [flags]

Examples:
  strata migrate validate
  strata migrate validate --dir &quot;file:///path/to/migration/directory&quot;
  strata migrate validate --env dev
  strata migrate validate --dev-url &quot;sqlite://dev?mode=memory&quot;

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/migratevalidatecommand.cpp" line="40"/>
        <source>      --dev-url string      [driver://username:password@address/dbname?param=value] replay the files on this dev database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/migratevalidatecommand.cpp" line="58"/>
        <source>Unexpected argument &quot;%1&quot; (see &apos;strata migrate validate --help&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>strata::cli::ProjectFlags</name>
    <message>
        <location filename="../app/cli/projectflags.cpp" line="27"/>
        <source>--config must be a file:// URL, such as file://atlas.hcl, not %1.</source>
        <translation>--config muss eine file://-URL sein, etwa file://atlas.hcl, nicht %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/projectflags.cpp" line="31"/>
        <source>--config is empty: give a file:// URL of atlas.hcl.</source>
        <translation>--config ist leer: geben Sie eine file://-URL von atlas.hcl an.</translation>
    </message>
    <message>
        <location filename="../app/cli/projectflags.cpp" line="34"/>
        <source>config file %1 was not found.</source>
        <translation>Die Konfigurationsdatei %1 wurde nicht gefunden.</translation>
    </message>
    <message>
        <location filename="../app/cli/projectflags.cpp" line="50"/>
        <source>variables must be format as key=value, got: %1</source>
        <translation>variables must be format as key=value, got: %1</translation>
    </message>
</context>
<context>
    <name>strata::cli::RealmFilter</name>
    <message>
        <location filename="../app/cli/realmfilter.cpp" line="27"/>
        <source>unexpected pattern: %1</source>
        <translation>unexpected pattern: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/realmfilter.cpp" line="30"/>
        <source>empty pattern: %1</source>
        <translation>empty pattern: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/realmfilter.cpp" line="32"/>
        <source>too many parts in pattern: %1</source>
        <translation>too many parts in pattern: %1</translation>
    </message>
</context>
<context>
    <name>strata::cli::SchemaDiff</name>
    <message>
        <location filename="../app/cli/schemadiffcommand.cpp" line="42"/>
        <source>schema diff prints SQL: use --format &apos;{{ sql . }}&apos; or &apos;{{ sql . &quot;  &quot; }}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/schemadiffcommand.cpp" line="52"/>
        <source>&apos;strata schema diff&apos; reads the state of two given schema definitions, calculates the
difference in their schemas, and prints a plan of SQL statements to migrate the &quot;from&quot;
database to the schema of the &quot;to&quot; database. The states can be read from a connected
database, an SQL or HCL file (through a dev database) or an env&apos;s src.

Usage:
  strata schema diff [flags]

Examples:
  strata schema diff --from sqlite://app.db --to file://schema.sql --dev-url &quot;sqlite://dev?mode=memory&quot;
  strata schema diff --from mysql://user:pass@localhost:3306/app --to mysql://user:pass@localhost:3306/app_next
  strata schema diff --env local --from env://url --to env://src

Flags:
      --from string        [driver://username:password@address/dbname?param=value] select a resource using the URL format
      --to string          [driver://username:password@address/dbname?param=value] select a resource using the URL format
      --dev-url string     [driver://username:password@address/dbname?param=value] select a dev database using the URL format
  -s, --schema strings     set schema names
      --exclude strings    list of glob patterns used to filter resources from applying
      --format string      Go template to use to format the output: &apos;{{ sql . }}&apos; or &apos;{{ sql . &quot;  &quot; }}&apos;
      --dialect string     dialect of DDL files read without a dev database (Strata only)
  -h, --help               help for diff

Global Flags:
  -c, --config string          select config (project) file using URL format (default &quot;file://atlas.hcl&quot;)
      --env string             set which env from the config file to use
      --var &lt;name&gt;=&lt;value&gt;     input variables (default [])
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/schemadiffcommand.cpp" line="102"/>
        <source>Unexpected argument &quot;%1&quot; (see &apos;strata schema diff --help&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/schemadiffcommand.cpp" line="116"/>
        <source>required flag(s) %1 not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/schemadiffcommand.cpp" line="142"/>
        <source>warning: %1</source>
        <translation type="unfinished">Warnung: %1</translation>
    </message>
</context>
<context>
    <name>strata::cli::SchemaInspect</name>
    <message>
        <location filename="../app/cli/schemainspectcommand.cpp" line="108"/>
        <source>Unexpected argument &quot;%1&quot; (see &apos;strata schema inspect --help&apos;)</source>
        <translation>Unerwartetes Argument „%1“ (siehe &apos;strata schema inspect --help&apos;)</translation>
    </message>
    <message>
        <location filename="../app/cli/schemainspectcommand.cpp" line="51"/>
        <source>&apos;strata schema inspect&apos; connects to the given database and inspects its schema.
It then prints the schema of that database in Atlas DDL syntax (HCL), or as SQL, JSON
or a Mermaid ER diagram with --format. A DDL file (file://schema.sql) is loaded
through a dev database, as in Atlas, or parsed as --dialect without one.

Usage:
  strata schema inspect [flags]

Examples:
  strata schema inspect -u &quot;sqlite://app.db&quot;
  strata schema inspect -u &quot;sqlite://file:/abs/app.db?cache=shared&amp;_fk=1&quot;
  strata schema inspect -u &quot;mariadb://user:pass@localhost:3306/&quot; --schema=schemaA,schemaB -s schemaC
  strata schema inspect --url &quot;postgres://user:pass@host:5432/app?sslmode=disable&quot; --exclude &apos;public.tmp_*&apos;
  strata schema inspect -u file://schema.sql --dev-url &quot;sqlite://dev?mode=memory&quot; --format &apos;{{ sql . }}&apos;
  strata schema inspect -u sqlite://app.db --format &apos;{{ json . }}&apos;
  strata schema inspect -u sqlite://app.db --format &apos;{{ mermaid . }}&apos;
  strata schema inspect --env local --url env://src

Flags:
  -u, --url string         [driver://username:password@address/dbname?param=value] select a resource using the URL format
      --dev-url string     [driver://username:password@address/dbname?param=value] select a dev database using the URL format
  -s, --schema strings     set schema names
      --exclude strings    list of glob patterns used to filter resources from applying
      --format string      Go template to use to format the output: &apos;{{ sql . }}&apos;, &apos;{{ sql . &quot;  &quot; }}&apos;,
                           &apos;{{ json . }}&apos;, &apos;{{ json . &quot;  &quot; }}&apos; or &apos;{{ mermaid . }}&apos; (default: Atlas HCL)
      --dialect string     dialect of a DDL file read without a dev database: sqlite,
                           mysql (MySQL 8), mariadb (MariaDB 10.11) or postgres (Strata only)
  -h, --help               help for inspect

Global Flags:
  -c, --config string          select config (project) file using URL format (default &quot;file://atlas.hcl&quot;)
      --env string             set which env from the config file to use
      --var &lt;name&gt;=&lt;value&gt;     input variables (default [])
</source>
        <translation>&apos;strata schema inspect&apos; connects to the given database and inspects its schema.
It then prints the schema of that database in Atlas DDL syntax (HCL), or as SQL, JSON
or a Mermaid ER diagram with --format. A DDL file (file://schema.sql) is loaded
through a dev database, as in Atlas, or parsed as --dialect without one.

Usage:
  strata schema inspect [flags]

Examples:
  strata schema inspect -u &quot;sqlite://app.db&quot;
  strata schema inspect -u &quot;sqlite://file:/abs/app.db?cache=shared&amp;_fk=1&quot;
  strata schema inspect -u &quot;mariadb://user:pass@localhost:3306/&quot; --schema=schemaA,schemaB -s schemaC
  strata schema inspect --url &quot;postgres://user:pass@host:5432/app?sslmode=disable&quot; --exclude &apos;public.tmp_*&apos;
  strata schema inspect -u file://schema.sql --dev-url &quot;sqlite://dev?mode=memory&quot; --format &apos;{{ sql . }}&apos;
  strata schema inspect -u sqlite://app.db --format &apos;{{ json . }}&apos;
  strata schema inspect -u sqlite://app.db --format &apos;{{ mermaid . }}&apos;
  strata schema inspect --env local --url env://src

Flags:
  -u, --url string         [driver://username:password@address/dbname?param=value] select a resource using the URL format
      --dev-url string     [driver://username:password@address/dbname?param=value] select a dev database using the URL format
  -s, --schema strings     set schema names
      --exclude strings    list of glob patterns used to filter resources from applying
      --format string      Go template to use to format the output: &apos;{{ sql . }}&apos;, &apos;{{ sql . &quot;  &quot; }}&apos;,
                           &apos;{{ json . }}&apos;, &apos;{{ json . &quot;  &quot; }}&apos; or &apos;{{ mermaid . }}&apos; (default: Atlas HCL)
      --dialect string     dialect of a DDL file read without a dev database: sqlite,
                           mysql (MySQL 8), mariadb (MariaDB 10.11) or postgres (Strata only)
  -h, --help               help for inspect

Global Flags:
  -c, --config string          select config (project) file using URL format (default &quot;file://atlas.hcl&quot;)
      --env string             set which env from the config file to use
      --var &lt;name&gt;=&lt;value&gt;     input variables (default [])
</translation>
    </message>
    <message>
        <location filename="../app/cli/schemainspectcommand.cpp" line="117"/>
        <source>required flag(s) &quot;url&quot; not set</source>
        <translation>required flag(s) &quot;url&quot; not set</translation>
    </message>
    <message>
        <location filename="../app/cli/schemainspectcommand.cpp" line="119"/>
        <source>if any flags in the group [log format] are set none of the others can be; [format log] were all set</source>
        <translation>if any flags in the group [log format] are set none of the others can be; [format log] were all set</translation>
    </message>
    <message>
        <location filename="../app/cli/schemainspectcommand.cpp" line="148"/>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
</context>
</TS>
