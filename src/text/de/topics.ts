import { LINKS } from '../../domain/links';
import type { CatalogWords } from '../catalog';

/**
 * The FAQ topics' words, by topic id: the questions the two Microsoft documents answer
 * (../shared/seeds/). Answers follow the seeds' wording; the MFA deadline (5 January 2026) is in
 * the past, so the requirement is described as in force.
 */
export const topics: CatalogWords['topics'] = {
  topics: {
    'why-work-account': {
      title: 'Warum braucht das VLSC ein Geschäfts-, Schul- oder Unikonto?',
      shortAnswer:
        'Microsoft verlagert Volume-Licensing-Funktionen auf moderne Plattformen wie das Microsoft 365 Admin Center, die Geschäfts-, Schul- oder Unikonten verlangen. Damit haben Sie eine einzige Anmelde-ID für lokale Software, Onlinedienste und Abonnements wie Visual Studio im Volume Licensing Service Center und auf anderen Microsoft-Websites.',
      steps: [
        'Erstklassige Authentifizierung und Autorisierung: die beste Option, um die Unternehmenswerte zu schützen, die über Microsoft-Volumenlizenzprogramme erworben wurden.',
        'Sicherer: Benutzer sind leicht als Angehörige einer Organisation erkennbar, und ihr Zugriff wird entfernt, sobald sie nicht mehr zum Verzeichnis der Organisation gehören.',
        'Vergessene Kennwörter kann der Globale Administrator Ihrer Organisation zurücksetzen, oder die Self-Service-Kennwortzurücksetzung, wenn der Globale Administrator sie zulässt.',
      ],
    },
    'what-is-work-account': {
      title: 'Was ist ein Geschäfts-, Schul- oder Unikonto?',
      shortAnswer:
        'Ein Geschäfts-, Schul- oder Unikonto ist ein Konto, das an Ihre Organisation gebunden ist, typischerweise username@orgname.com oder username@orgname.onmicrosoft.com. Es belegt Ihre Beziehung zur lizenzierten Organisation; Sie oder Ihre Organisation müssen dafür keine Microsoft-Dienste wie Office 365 nutzen.',
      steps: [
        'Wenn Ihre Organisation bereits einen Dienst wie Office 365 oder Microsoft 365 nutzt, haben Sie bereits ein Geschäftskonto: Melden Sie sich beim VLSC mit demselben Konto an, das Sie für diesen Dienst verwenden.',
        'Anders als ein persönliches Microsoft-Konto (etwa outlook.com oder hotmail.com) gehört ein Geschäfts-, Schul- oder Unikonto Ihrer Organisation: Ihr Globaler Administrator kann das Kennwort zurücksetzen, und Ihr Zugriff endet, wenn Sie gehen. Das VLSC lässt persönliche Microsoft-Konten nur für eine begrenzte Zahl von Anmeldungen zu.',
      ],
    },
    'takeover-prompt': {
      title: 'Das VLSC fordert mich auf, mein nicht verwaltetes Verzeichnis als Administrator zu übernehmen',
      shortAnswer:
        'Ihr Geschäfts-, Schul- oder Unikonto wurde über eine Self-Service-Registrierung angelegt (ein nicht verwalteter oder „viraler“ Mandant, ohne Administrator). Microsoft braucht von Ihrer Organisation den Nachweis, dass ihr die E-Mail-Domäne gehört, mit der Sie sich anmelden: zum Beispiel bei admin@fourthcoffee.xyz, dass der Organisation fourthcoffee.xyz gehört. Bis dahin erhalten Sie eine Anzahl verbleibender Anmeldungen.',
      steps: [
        'Option 1: Melden Sie sich weiter mit der E-Mail-Adresse Ihrer Organisation an, indem Sie den viralen Mandanten übernehmen (und nachweisen, dass Ihnen die Domäne gehört).',
        'Option 2: Legen Sie ein neues Geschäfts-, Schul- oder Unikonto an, das nicht zur E-Mail-Domäne Ihrer Organisation passt, etwa user@fourthcoffeexyz.onmicrosoft.com.',
        'Noch nicht bereit? Solange Sie verbleibende Anmeldungen haben, wählen Sie **Überspringen (Skip)** und melden sich mit Ihrem bestehenden Konto an.',
      ],
    },
    'option1-takeover': {
      title: 'Option 1: sich mit der E-Mail-Domäne Ihrer Organisation anmelden, indem Sie den viralen Mandanten übernehmen',
      shortAnswer:
        'Um sich weiter mit einer Adresse Ihrer Organisation anzumelden (zum Beispiel admin@fourthcoffee.xyz), weisen Sie oder der Netzwerkadministrator Ihrer Organisation den Besitz dieser E-Mail-Domäne nach, indem Sie den viralen Mandanten übernehmen.',
      steps: [
        'Ihr IT- oder Netzwerkadministrator bestätigt die DNS-TXT-Einträge der Domäne. Diese erhalten Sie von der Domänenregistrierungsstelle, etwa GoDaddy.',
        'Er kann Ihnen die DNS-TXT-Details geben, damit Sie die Schritte ausführen, oder selbst Globaler Administrator des Geschäfts-, Schul- oder Unikontos Ihrer Organisation werden. Das heißt nicht, dass er im VLSC Lizenzen verwalten muss.',
        'Folgen Sie der Schritt-für-Schritt-Anleitung von Microsoft zur Übernahme eines nicht verwalteten Verzeichnisses.',
        'Noch nicht bereit, und Sie haben noch verbleibende Anmeldungen? Wählen Sie **Überspringen (Skip)** und melden Sie sich mit Ihrem bestehenden Konto beim VLSC an.',
      ],
    },
    'option2-new-account': {
      title: 'Option 2: eine neue Benutzer-ID anlegen, die nicht zur E-Mail-Domäne Ihrer Organisation passt',
      shortAnswer:
        'Wenn eine Anmeldung, die nicht zur E-Mail-Domäne Ihrer Organisation passt, für Sie in Ordnung ist oder Sie den Besitz der Domäne jetzt nicht nachweisen können, legen Sie ein neues Geschäfts-, Schul- oder Unikonto an (etwa user@fourthcoffeexyz.onmicrosoft.com), das Sie selbst verwalten. Sie schaffen das, ohne den VLSC-Support anrufen zu müssen, und die Schritte dauern nur Minuten, aber rechnen Sie mit bis zu 2 Arbeitstagen, bis Sie sich mit dem neuen Konto beim VLSC anmelden können.',
      steps: [
        'Beantragen Sie über ein Webformular beim VLSC-Support, Ihr aktuelles VLSC-Konto von Ihrer E-Mail-Adresse zu trennen und Sie erneut zur Registrierung einzuladen. Für Kanada und die USA verwenden Sie das Webformular „N.America MAK ADD Web Form“. Melden Sie sich NICHT beim VLSC an, bevor der VLSC-Support bestätigt, dass die Trennung abgeschlossen ist.',
        'Öffnen Sie die Registrierung (Sign Up) und legen Sie ein neues Geschäfts-, Schul- oder Unikonto an (etwa user@fourthcoffeexyz.onmicrosoft.com), mit Ihnen selbst als Administrator; diese Art von Domäne braucht keine DNS-TXT-Details. Notieren Sie sich Ihre Benutzer-ID.',
        'Nachdem der VLSC-Support die Trennung bestätigt hat, kehren Sie zum VLSC zurück, wählen **Mit einem Geschäfts-, Schul- oder Unikonto anmelden (Sign In with a Work or School Account)** und geben das neue Konto ein.',
        'Tipp: Bevor Sie Onlinedienste wie Office 365 bereitstellen, sollte Ihre Organisation dieses neue Konto übernehmen und mit ihrer eigenen benutzerdefinierten Domäne verknüpfen.',
      ],
    },
    'skip-and-remaining-logins': {
      title: 'Warum habe ich nur eine begrenzte Zahl verbleibender Anmeldungen, und was bewirkt „Überspringen“ (Skip)?',
      shortAnswer:
        'Wenn Sie sich mit einem nicht verwalteten Konto (viraler Mandant) beim VLSC anmelden, erhalten Sie eine begrenzte Zahl verbleibender Anmeldungen, damit Sie Zeit haben, es in ein verwaltetes Konto umzuwandeln. Wählen Sie **Überspringen (Skip)**, um sich bis dahin weiter mit Ihrer bestehenden VLSC-Anmelde-ID anzumelden.',
      steps: [
        'Wählen Sie **Überspringen (Skip)**, wenn Sie mehr Zeit brauchen, um Ihr nicht verwaltetes Konto zu übernehmen, oder um jemanden in Ihrer Organisation zu finden, der das kann.',
        'Die Zahl der verbleibenden Anmeldungen ist begrenzt: Bevor sie aufgebraucht sind, müssen Sie oder jemand in Ihrer Organisation Administrator für das Konto werden, mit dem Sie sich anmelden.',
        'Keine Anmeldungen mehr übrig und Sie brauchen mehr Zeit? Stellen Sie beim VLSC-Support einen Antrag mit der E-Mail-Adresse, mit der Sie sich beim VLSC anmelden, und bitten Sie darum, Ihrem Konto zusätzliche Anmeldesitzungen hinzuzufügen.',
      ],
    },
    'limited-logins-msa': {
      title: 'Warum habe ich mit einem persönlichen Microsoft-Konto nur eine begrenzte Zahl von Anmeldungen?',
      shortAnswer:
        'VLSC-Benutzer, die sich noch mit einem persönlichen Microsoft-Konto anmelden, erhalten eine begrenzte Zahl verbleibender Anmeldungen, damit Sie genug Zeit haben, zum verlangten Geschäfts-, Schul- oder Unikonto zu wechseln. Verwenden Sie so bald wie möglich ein Geschäfts-, Schul- oder Unikonto.',
      steps: [
        'Wenn Ihre Organisation Microsoft 365 oder einen anderen Microsoft-Onlinedienst nutzt, melden Sie sich beim VLSC mit dem Geschäftskonto an, das Sie dort verwenden.',
        'Wenn Sie noch kein Geschäfts-, Schul- oder Unikonto haben, legen Sie bei der Registrierung (Sign Up) eines an.',
      ],
    },
    'sign-up-work-account': {
      title: 'Wie registriere ich mich für ein neues Geschäfts-, Schul- oder Unikonto?',
      shortAnswer:
        'Wenn Ihre Organisation Microsoft 365 oder einen anderen Microsoft-Onlinedienst nutzt, haben Sie wahrscheinlich schon ein Geschäfts-, Schul- oder Unikonto: Versuchen Sie die Benutzer-ID und das Kennwort, die Sie bei der Arbeit verwenden. Wenn nicht, erhalten Sie trotzdem eines bei der Registrierung (Sign Up), ohne sich für einen Onlinedienst zu registrieren.',
      steps: [
        'Versuchen Sie, sich beim VLSC mit der Benutzer-ID und dem Kennwort anzumelden, mit denen Sie sich bei der Arbeit anmelden.',
        'Wenn Ihre Organisation keine Onlinedienste wie Microsoft 365 nutzt, öffnen Sie die Registrierung (Sign Up) und legen Sie ein Geschäfts-, Schul- oder Unikonto an.',
        'Ihr neues Konto sieht vielleicht so aus: yourusername@yourcompany.onmicrosoft.com. Wenn Sie einen eigenen Domänennamen haben (etwa yourcompany.com), können Sie ihn später über die Verwaltungskonsole hinzufügen.',
        'Sie können demselben Mandanten später Dienste hinzufügen, wenn Sie möchten.',
      ],
    },
    'what-is-unmanaged-tenant': {
      title: 'Was ist ein nicht verwalteter („viraler“) Mandant?',
      shortAnswer:
        'Ein nicht verwalteter Azure AD-Mandant, manchmal „viraler Mandant“ genannt, ist ein Mandant ohne globalen Administrator. Er entsteht, wenn sich Benutzer für einen Clouddienst registrieren und für sie automatisch eine Identität in Azure AD angelegt wird, anhand ihrer E-Mail-Domäne.',
      steps: [
        'Das VLSC hat die Anmeldung mit einem nicht verwalteten Mandanten früher zugelassen, verlangt jetzt aber verwaltete Mandanten.',
        'Warum: Volume-Licensing-Funktionen ziehen auf modernere Plattformen um, damit Sie dieselbe Benutzer-ID und dasselbe Kennwort für Microsoft-Produkte und -Dienste verwenden können, die auf unterschiedlichen Wegen gekauft wurden: über Volume Licensing Solution Provider, Cloud Solution Provider oder direkt bei Microsoft im Microsoft 365 Admin Center.',
      ],
    },
    'check-unmanaged': {
      title: 'Woran erkenne ich, ob ich ein Konto in einem nicht verwalteten Mandanten habe?',
      shortAnswer:
        'Wenn Sie sich mit einem nicht verwalteten Konto („viraler Mandant“) beim VLSC anmelden, teilt die Website es Ihnen mit. Sie können es auch prüfen, ohne sich beim VLSC anzumelden.',
      steps: [
        'Melden Sie sich beim Volume Licensing Service Center an: Es teilt Ihnen mit, wenn das Konto nicht verwaltet ist.',
        'Oder melden Sie sich bei Portal.Office.com (oder einem anderen Onlinedienst) an: Wenn Sie im App-Startfeld (App Picker) eine Admin-Kachel sehen, ist der Mandant nicht verwaltet.',
        'Oder, für IT-Profis, ohne Anmeldung beim VLSC: Schreiben Sie **prüfen** gefolgt von der Adresse (zum Beispiel prüfen you@yourcompany.com), und ich frage die Domäne bei Microsoft ab.',
      ],
    },
    'what-is-takeover': {
      title: 'Was ist die Übernahme eines viralen Mandanten?',
      shortAnswer:
        'Die Übernahme eines viralen Mandanten (die Übernahme eines nicht verwalteten Mandanten) ist der Vorgang, durch den ein Benutzer Administrator eines nicht verwalteten Mandanten wird. Sobald der Mandant einen Admin hat, kann er genutzt werden, um weitere Benutzer derselben Organisation hinzuzufügen, Onlinedienste hinzuzufügen und Ressourcen wie das VLSC weiter zu nutzen.',
      steps: [
        'Interne Administratorübernahme: Sie werden globaler Administrator des nicht verwalteten Mandanten; es werden keine Benutzer, Domänen oder Servicepläne in ein anderes Verzeichnis migriert, das Sie verwalten.',
        'Externe Administratorübernahme: Ein Globaler Administrator eines bestehenden verwalteten Mandanten fügt den Domänennamen hinzu und ordnet Benutzer Ressourcen zu; die Benutzer, Abonnements und Lizenzzuweisungen des nicht verwalteten Mandanten ziehen mit der Domäne um. Microsoft unterstützt das für Azure Rights Management und Exchange Online sowie für die Servicepläne Power Apps Free, Power Automate Free, RMS for individuals, Microsoft Stream und Dynamics 365 free trial; nicht unterstützt wird es, wenn der nicht verwaltete Mandant Servicepläne mit SharePoint, OneDrive oder Skype for Business hat (zum Beispiel über ein kostenloses Office-Abonnement).',
      ],
    },
    'takeover-blockers': {
      title: 'Was kann mich daran hindern, eine Übernahme abzuschließen?',
      shortAnswer:
        'Die üblichen Hindernisse: Sie können Ihren IT-Administrator nicht ermitteln, Sie können den Besitz der Domäne nicht nachweisen, oder Ihr Konto gehört zu einer gesperrten oder zurückgeforderten Domäne. In diesen Fällen legen Sie vielleicht besser eine neue Benutzer-ID an (Option 2).',
      steps: [
        'Sie können Ihren IT-Administrator nicht ermitteln: Große Organisationen haben meist eine Helpdesk-Nummer; kleinere lagern das oft an einen IT-Dienstleister aus. Wenn Ihre Organisation auch einen verwalteten Mandanten hat (zum Beispiel den, mit dem Sie Teams verwenden), finden Sie dessen Globale Administratoren im Microsoft Entra Admin Center unter **Entra ID > Rollen und Administratoren > Globaler Administrator** (Roles and administrators > Global Administrator), oder schreiben Sie **Wer ist mein Admin**.',
        'Sie können den Besitz der Domäne nicht nachweisen: Ihre IT-Administratoren wissen das oder haben Zugang zu den Informationen, die von Ihrem Internetdienstanbieter stammen.',
        'Gesperrte oder zurückgeforderte Domäne: Diese Einstellung legt der Administrator Ihrer Organisation fest; möglicherweise ist ein Geschäftskonto getrennt vom Mandanten Ihrer Organisation nötig.',
        'In jedem dieser Fälle kommt Option 2 in Frage: ein neues Geschäfts-, Schul- oder Unikonto wie user@fourthcoffeexyz.onmicrosoft.com.',
      ],
    },
    'how-to-takeover': {
      title: 'Wie führe ich die Übernahme eines viralen Mandanten durch?',
      shortAnswer:
        'Eine Übernahme ist ein mehrstufiger Vorgang, bei dem Sie oder jemand in Ihrer Organisation den Besitz der Domäne nachweist und bei Microsoft deren Globaler Administrator wird: zum Beispiel wird admin@fourthcoffee.xyz Globaler Administrator des Mandanten fourthcoffee.xyz. Der VLSC-Support kann an Ihrem Mandanten keine Änderungen für Sie vornehmen.',
      steps: [
        'Nehmen Sie sich Zeit, die Ressourcen durchzusehen und Personen in Ihrer Organisation zu fragen; bis dahin können Sie sich für dringende VLSC-Aufgaben weiter mit Ihrem bestehenden Konto anmelden.',
        'Bitten Sie am besten Ihren IT- oder Netzwerkadministrator (die Person, die Ihre Domäne verwaltet), die Übernahme durchzuführen. Das heißt nicht, dass er das VLSC verwalten oder ein Abonnement kaufen muss.',
        'Wählen Sie eine „interne“ Übernahme (Sie werden globaler Administrator, nichts wird migriert) oder eine „externe“ Übernahme (ein Globaler Administrator eines bestehenden verwalteten Mandanten fügt die Domäne hinzu und ordnet Benutzer Ressourcen zu: Benutzer, Abonnements und Lizenzzuweisungen ziehen um; Microsoft unterstützt das für Azure Rights Management und Exchange Online und einige kostenlose Servicepläne, nicht aber, wenn der nicht verwaltete Mandant Servicepläne mit SharePoint, OneDrive oder Skype for Business hat).',
        'Folgen Sie der Schritt-für-Schritt-Anleitung von Microsoft, „Übernahme eines nicht verwalteten Verzeichnisses“ (Take over an unmanaged directory).',
      ],
    },
    'contact-support': {
      title: 'Wie erreiche ich den VLSC-Support?',
      shortAnswer:
        'VLSC-Kunden erreichen den VLSC-Support per Telefon oder Webformular. Microsoft beantwortet Anfragen über das Webformular innerhalb von 24 Stunden. Der VLSC-Support kann an Ihrem Mandanten keine Änderungen für Sie vornehmen.',
      steps: [
        'Öffnen Sie die Kontaktseite des VLSC-Supports und wählen Sie Telefon oder Webformular.',
        'Geben Sie die E-Mail-Adresse an, mit der Sie sich beim VLSC anmelden, und sagen Sie, was Sie brauchen, zum Beispiel zusätzliche Anmeldesitzungen oder die Trennung Ihres Kontos.',
        'Für Kanada und die USA laufen Anträge auf Trennung über das Webformular „N.America MAK ADD Web Form“.',
      ],
    },
    'mfa-requirement': {
      title: 'Was ist die MFA-Pflicht für Volume Licensing Central?',
      shortAnswer:
        'Die Multi-Faktor-Authentifizierung (MFA) ist Pflicht für alle, die sich bei Volume Licensing Central (VL Central) anmelden. Die Frist für die Einrichtung war der 5. Januar 2026, die Pflicht gilt also: Ein Benutzer ohne MFA wird bei der Anmeldung zur Registrierung aufgefordert und kann erst weitermachen, wenn er das getan hat.',
      steps: [
        'Ermitteln Sie den Admin, der MFA umsetzen wird, typischerweise Ihren Globalen Administrator in Microsoft Entra.',
        'Erzwingen Sie MFA für VL Central mandantenweit, vorzugsweise mit einer Richtlinie für bedingten Zugriff (Sicherheitsstandards oder MFA pro Benutzer sind Alternativen).',
        'Sorgen Sie dafür, dass die Benutzer für MFA bereit sind: Sie registrieren mindestens eine Überprüfungsmethode unter aka.ms/mfasetup.',
      ],
    },
    'find-global-admin': {
      title: 'Wie finde ich den Globalen Administrator meines Mandanten?',
      shortAnswer:
        'Die Person, die MFA umsetzt, ist typischerweise Ihr Globaler Administrator in Microsoft Entra (auch „Unternehmensadministrator“, Company Administrator, genannt) oder eine gleichwertige Administratorrolle, die Sicherheitseinstellungen verwalten kann. Wer die Rolle hat, sehen Sie im Microsoft Entra Admin Center.',
      steps: [
        'Öffnen Sie https://entra.microsoft.com.',
        'Navigieren Sie zu **Entra ID > Rollen und Administratoren** (Roles and administrators).',
        'Suchen Sie nach **Globaler Administrator** (Global Administrator).',
        'Sie sehen eine Liste der Benutzer, denen diese Rolle in Ihrem Mandanten zugewiesen ist.',
        'Kein Zugriff auf das Entra-Portal? Wenden Sie sich an Ihre IT-Abteilung, Ihr Security-Operations-Team oder Ihren internen Helpdesk. Oder schreiben Sie **Wer ist mein Admin**, und ich suche sie für Sie heraus.',
      ],
    },
    'enforce-mfa-conditional-access': {
      title: 'Wie erzwinge ich MFA für Volume Licensing Central mit bedingtem Zugriff?',
      shortAnswer:
        'Microsoft empfiehlt eine Richtlinie für bedingten Zugriff (Conditional Access) in Microsoft Entra ID, die MFA für alle Benutzer verlangt, interne wie Gäste, wenn sie auf Volume Licensing Central zugreifen. Wenn bedingter Zugriff für Ihren Mandanten nicht verfügbar ist, verwenden Sie stattdessen die Sicherheitsstandards oder MFA pro Benutzer.',
      steps: [
        'Melden Sie sich beim Microsoft Entra Admin Center (https://entra.microsoft.com) als Globaler Administrator (oder Administrator für bedingten Zugriff) an.',
        'Navigieren Sie zu **Entra ID > Bedingter Zugriff > Übersicht** (Conditional Access > Overview) und wählen Sie **+ Neue Richtlinie erstellen** (+ Create new policy).',
        'Geben Sie einen Namen für die Richtlinie ein, etwa „MFA für Volume Licensing Central“.',
        'Wählen Sie unter **Zuweisungen** (Assignments) den aktuellen Wert unter **Benutzer** (Users).',
        'Wählen Sie unter **Einschließen** (Include) die Option **Alle Benutzer** (All Users). Das umfasst alle internen Benutzer und alle B2B-Gastbenutzer, die auf Ihre Volume-Licensing-Ressourcen zugreifen.',
        'Wählen Sie unter **Zuweisungen** (Assignments) den aktuellen Wert unter **Zielressourcen** (Target Resources), und prüfen Sie unter **Auswählen, worauf diese Richtlinie angewendet wird** (Select what this policy applies to), dass **Ressourcen (früher Cloud-Apps)** (Resources (Formerly cloud apps)) ausgewählt ist.',
        'Wählen Sie unter **Einschließen** (Include) die Option **Apps auswählen** (Select Apps).',
        'Wählen Sie unter **Einschließen** (Include) die Option **Ressourcen auswählen** (Select resources), und klicken Sie dann unter **Auswählen** (Select) auf **Keine** (None).',
        'Wählen Sie im Fenster **Ressourcen auswählen** (Select Resources) **Microsoft-Verwaltungsportale** (Microsoft Admin Portals) und klicken Sie auf **Auswählen** (Select). Hinweis: Das aktiviert MFA für alle zugehörigen Verwaltungsportale, darunter das Microsoft 365 Admin Center, das Exchange Admin Center, das Azure-Portal und das Microsoft Entra Admin Center.',
        'Lassen Sie die **Bedingungen** (Conditions) auf ihren Standardwerten (alle Standorte, alle Gerätezustände), es sei denn, Sie haben einen bestimmten Bedarf, etwa vertrauenswürdige IP-Adressen oder konforme Geräte auszuschließen.',
        'Wählen Sie unter **Zugriffssteuerungen > Gewähren** (Access controls > Grant) die Option **Multi-Faktor-Authentifizierung erforderlich** (Require multi-factor authentication), und stellen Sie sicher, dass keine widersprechende Steuerung (wie **Zugriff blockieren**, Block access) ausgewählt ist.',
        'Setzen Sie **Richtlinie aktivieren** (Enable policy) auf **Ein** (On) und wählen Sie **Erstellen** (Create). Benutzer werden dann zur MFA aufgefordert, wenn sie sich bei Volume Licensing Central anmelden; ist Sitzungspersistenz erlaubt, wird ein Benutzer, der MFA kürzlich abgeschlossen hat, vielleicht nicht bei jeder Anmeldung gefragt.',
      ],
    },
    'mfa-security-defaults': {
      title: 'Kann ich statt bedingtem Zugriff die Sicherheitsstandards verwenden?',
      shortAnswer:
        'Ja, wenn bedingter Zugriff nicht verfügbar ist: Er braucht mindestens eine Microsoft Entra ID P1-Lizenz, die Sicherheitsstandards (Security defaults) brauchen keine. Die Sicherheitsstandards verlangen, dass sich alle Benutzer für MFA registrieren und in bestimmten Situationen MFA durchführen: Microsoft entscheidet, wann ein Benutzer gefragt wird, und die Administratoren, die Microsoft aufführt (darunter Globaler Administrator, Sicherheitsadministrator und Administrator für bedingten Zugriff), werden bei jeder Anmeldung gefragt. Sie gelten für alle Anmeldungen bei allen Apps, nicht nur bei Volume Licensing Central.',
      steps: [
        'Melden Sie sich beim Microsoft Entra Admin Center mindestens als Sicherheitsadministrator an, navigieren Sie zu **Entra ID > Übersicht > Eigenschaften > Sicherheitsstandards verwalten** (Overview > Properties > Manage security defaults) und aktivieren Sie sie.',
        'Wenn die Sicherheitsstandards schon eingeschaltet sind und es in Ordnung ist, dass sie für alle Apps gelten, brauchen Sie vielleicht keine eigene Richtlinie.',
        'Sicherheitsstandards und Richtlinien für bedingten Zugriff gehen nicht zusammen: Ein Mandant, der Richtlinien für bedingten Zugriff verwendet, muss die Sicherheitsstandards ausschalten.',
        'Wenn auch die Sicherheitsstandards nicht passen, bleibt MFA pro Benutzer (Legacy) als Weg, MFA ohne bedingten Zugriff zu verlangen.',
      ],
    },
    'mfa-per-user': {
      title: 'Wie aktiviere ich MFA pro Benutzer?',
      shortAnswer:
        'MFA pro Benutzer (per-user MFA) ist die Legacy-Notlösung, wenn Sie bedingten Zugriff nicht nutzen können und die Sicherheitsstandards nicht passen. Sie ist weniger skalierbar und weniger flexibel; Microsoft empfiehlt grundsätzlich bedingten Zugriff.',
      steps: [
        'Navigieren Sie im Microsoft Entra Admin Center zu **Benutzer > Multi-Faktor-Authentifizierung** (Users > Multi-Factor Authentication) (oder im Microsoft 365 Admin Center zu **Aktive Benutzer > MFA**, Active users > MFA).',
        'Wählen Sie jeden Benutzer aus und schalten Sie die MFA-Erzwingung für sein Konto ein.',
        'Stellen Sie sicher, dass jedes Konto, das Volume Licensing Central verwendet, Gäste in Ihrem Verzeichnis eingeschlossen, auf **Erzwungen** (Enforced) oder **Aktiviert** (Enabled) steht.',
        'Abgedeckt sind nur die Konten, die Sie aktivieren. Ein aktivierter Benutzer wird bei der nächsten Anmeldung im Browser zur MFA-Registrierung aufgefordert und führt dann bei jeder Anmeldung MFA durch (mit einigen Ausnahmen, etwa vertrauenswürdigen IP-Adressen oder gespeicherten Geräten), also sagen Sie es ihm vorher.',
        'MFA pro Benutzer verwaltet ein Authentifizierungsadministrator oder Authentifizierungsrichtlinienadministrator (oder ein Globaler Administrator).',
      ],
    },
    'user-mfa-registration': {
      title: 'Wie registrieren sich Benutzer für MFA?',
      shortAnswer:
        'Jeder Benutzer öffnet die MFA-Einrichtungsseite (https://aka.ms/mfasetup) und fügt mindestens eine Überprüfungsmethode hinzu, die für den Mandanten aktiviert ist. Die App Microsoft Authenticator auf dem Smartphone ist oft am einfachsten.',
      steps: [
        'Öffnen Sie https://aka.ms/mfasetup und fügen Sie eine Überprüfungsmethode hinzu, zum Beispiel die App Microsoft Authenticator.',
        'Fügen Sie auch eine Ersatzmethode hinzu (zum Beispiel ein zweites Telefon oder einen Hardwaretoken), falls Sie den Zugriff auf die erste verlieren.',
        'Admins legen unter **Startseite > Authentifizierungsmethoden > Richtlinien** (Home > Authentication methods > Policies) im Entra-Portal fest, welche Methoden der Mandant zulässt.',
        'Das Smartphone mit Ihrer einzigen Methode verloren oder ersetzt? Melden Sie sich mit Ihrer Ersatzmethode an und registrieren Sie das neue Smartphone unter https://aka.ms/mfasetup. Ohne Ersatzmethode fragen Sie Ihre IT-Abteilung oder Ihren Helpdesk: Ein Authentifizierungsadministrator kann verlangen, dass Sie Ihre Methoden erneut registrieren.',
        `Bei Problemen mit dem Aktivieren von MFA für Ihre Organisation schreiben Sie an ${LINKS.mfaSupportEmail}.`,
      ],
    },
    'mfa-guest-users': {
      title: 'Brauchen Gastbenutzer MFA für Volume Licensing Central?',
      shortAnswer:
        'Ja. Eine Richtlinie für bedingten Zugriff, die Alle Benutzer einschließt, umfasst auch B2B-Gastbenutzer: Sie fordert auch Gäste zur MFA auf. Gäste aus Partnerorganisationen müssen MFA vielleicht in ihrem Basismandanten aktivieren, der ihre MFA-Aufforderung in den meisten Fällen bedient (Partnerleitfaden von Microsoft). In ihrem Basismandanten durchgeführte MFA zählt in Ihrem nur, wenn Ihre eingehenden Vertrauenseinstellungen für den mandantenübergreifenden Zugriff (cross-tenant access inbound trust settings) MFA von dort vertrauen (Microsoft Learn); ohne dieses Vertrauen (der Standard) registrieren sich Gäste in Ihrem Mandanten für MFA und führen sie dort durch.',
      steps: [
        'Stimmen Sie sich mit Ihren Partnern ab, damit deren Benutzer von der Anforderung wissen.',
        'Um die MFA zu akzeptieren, die Gäste in ihrem Basismandanten durchführen, vertrauen Sie in Ihren eingehenden Vertrauenseinstellungen für den mandantenübergreifenden Zugriff der MFA dieses Mandanten.',
        'Wenn Sie MFA pro Benutzer verwenden, setzen Sie auch die Gäste in Ihrem Verzeichnis auf Erzwungen (Enforced) oder Aktiviert (Enabled).',
      ],
    },
    'mfa-external-idp': {
      title: 'Wir verwenden MFA eines Drittanbieters oder einen Verbund-Identitätsanbieter',
      shortAnswer:
        'MFA von Drittanbietern lässt sich direkt in Microsoft Entra ID integrieren, als externe Authentifizierungsmethode. Ist Entra ID mit einem Identitätsanbieter verbunden (Verbund), muss dieser Anbieter so konfiguriert sein, dass er den Anspruch multipleauthn an Microsoft Entra ID sendet; Entra ID berücksichtigt ihn nur, wenn die Einstellung federatedIdpMfaBehavior der Domäne vom Identitätsanbieter durchgeführte MFA akzeptiert.',
      steps: [
        'MFA von Drittanbietern: Fügen Sie den Anbieter als externe Authentifizierungsmethode hinzu (siehe „Verwalten einer externen Authentifizierungsmethode in Microsoft Entra ID“, Manage an external authentication method in Microsoft Entra ID; externe Authentifizierungsmethoden brauchen mindestens Microsoft Entra ID P1). Anbieter finden die Details in der Referenz für Anbieter externer Methoden der Microsoft Entra-Multi-Faktor-Authentifizierung (Microsoft Entra multifactor authentication external method provider reference).',
        'Verbund-Identitätsanbieter: Konfigurieren Sie ihn so, dass er den Anspruch multipleauthn sendet, wie in „Satisfy Microsoft Entra ID MFA controls with MFA claims from a federated IdP“ beschrieben (MFA-Steuerungen von Microsoft Entra ID mit MFA-Ansprüchen eines Verbund-IdP erfüllen).',
        'Microsoft Entra ID berücksichtigt diesen Anspruch nur, wenn die Verbund-MFA-Einstellung der Domäne (federatedIdpMfaBehavior) vom Identitätsanbieter durchgeführte MFA akzeptiert: acceptIfMfaDoneByFederatedIdp oder enforceMfaByFederatedIdp. Mit rejectMfaByFederatedIdp führt Entra ID die MFA immer selbst durch.',
      ],
    },
    'mfa-after-deadline': {
      title: 'Was passiert, wenn ein Benutzer MFA nicht eingerichtet hat?',
      shortAnswer:
        'Seit dem 5. Januar 2026 wird ein Benutzer, der MFA nicht eingerichtet hat, nicht einfach von Volume Licensing Central ausgesperrt: Er wird bei der Anmeldung zur MFA-Registrierung aufgefordert. Er kann das nicht überspringen; ohne MFA kommt er nicht weiter.',
      steps: [
        'Bei der Anmeldung fordert Microsoft Entra ID den Benutzer auf, zuerst die MFA-Registrierung abzuschließen.',
        'Nachdem er **Weiter** (Next) gewählt hat, wählt der Benutzer aus einer Liste von Überprüfungsmethoden.',
        'Nach der Registrierung schließt der Benutzer die MFA-Überprüfung mit der gewählten Methode ab.',
        'Ein Benutzer, der ablehnt, kommt nicht zu Volume Licensing Central; die Aufforderung erscheint jedes Mal, bis er sie abschließt.',
      ],
    },
    'mfa-support-contact': {
      title: 'An wen wende ich mich bei Problemen mit dem Aktivieren von MFA?',
      shortAnswer: `Wenn Sie Probleme haben, MFA für Ihre Organisation zu aktivieren, schreiben Sie an ${LINKS.mfaSupportEmail}, um Unterstützung zu erhalten.`,
      steps: [
        `Schreiben Sie an ${LINKS.mfaSupportEmail} und beschreiben Sie das Problem, das Sie beim Aktivieren von MFA für Ihre Organisation haben.`,
        'Oder schreiben Sie **MFA-Support-E-Mail entwerfen**, und ich bereite die Nachricht für Sie vor.',
      ],
    },
  },
  links: {
    takeover: 'Übernahme eines nicht verwalteten Verzeichnisses (Microsoft Learn)',
    selfServiceSignup: 'Was ist die Self-Service-Registrierung für Microsoft Entra ID? (Microsoft Learn)',
    signUp: 'Geschäfts- oder Schulkonto anlegen',
    vlscSupport: 'VLSC-Support kontaktieren',
    vlsc: 'Volume Licensing Service Center',
    entra: 'Microsoft Entra Admin Center',
    mfaSetup: 'Anmeldemethoden einrichten (aka.ms/mfasetup)',
    enableMfa: 'Microsoft Entra-Multi-Faktor-Authentifizierung aktivieren (Microsoft Learn)',
    securityDefaults: 'Sicherheitsstandards für Microsoft Entra ID konfigurieren (Microsoft Learn)',
    perUserMfa: 'Multi-Faktor-Authentifizierung pro Benutzer aktivieren (Microsoft Learn)',
    externalMfa: 'Referenz für Anbieter externer Methoden der Microsoft Entra-MFA (Microsoft Learn)',
    externalMfaManage: 'Externe Authentifizierungsmethode in Microsoft Entra ID verwalten (Microsoft Learn)',
    federatedMfa: 'MFA-Steuerungen mit MFA-Ansprüchen eines Verbund-IdP erfüllen (Microsoft Learn)',
    guestMfa: 'Authentifizierung und bedingter Zugriff für External ID (Microsoft Learn)',
    manageUserMfaMethods: 'Authentifizierungsmethoden von Benutzern für Microsoft Entra MFA verwalten (Microsoft Learn)',
    mfaSupport: `Mail an ${LINKS.mfaSupportEmail}`,
  },
};
