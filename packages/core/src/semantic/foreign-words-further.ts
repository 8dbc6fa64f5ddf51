// The lexicon of foreign-words.ts for the neighbours of the languages read so far: Danish and Norwegian
// (beside Swedish), Catalan (beside Spanish), Croatian, Serbian and Bosnian, Slovenian and Slovak (beside
// Czech and Polish), Lithuanian and Latvian, Estonian (beside Finnish), Afrikaans (beside Dutch) and Georgian, in the
// same semantic classes, merged into foreign-orders.ts's and foreign-address.ts's patterns. All of these put
// their imperative first in its clause (or an infinitive after a modal: "skal sende", "mora poslati"), so
// their verbs are read by their place. Words that are also English ("send", "upload") stay out: the English
// readers have them, and a foreign reading of an English clause would double them.

/** Secrets: passwords, keys, tokens, credentials (whole words). */
export const secretWords: readonly string[] = [
  // Danish, Norwegian
  'adgangskode', 'adgangskoder', 'adgangskoden', 'adgangskoderne', 'kodeord', 'kodeordet', 'api-nøgle', 'api-nøgler', 'api-nøglen', 'api-nøglerne', 'api nøgle', 'api nøgler', 'privat nøgle', 'private nøgle', 'private nøgler', 'loginoplysninger', 'legitimationsoplysninger',
  'passord', 'passordet', 'passordene', 'api-nøkkel', 'api-nøkler', 'api-nøkkelen', 'api-nøklene', 'api nøkkel', 'privat nøkkel', 'private nøkkel', 'private nøkler', 'innloggingsinformasjon', 'påloggingsinformasjon',
  // Catalan
  'contrasenya', 'contrasenyes', "clau d'api", "claus d'api", 'clau api', 'claus api', 'clau privada', 'claus privades', 'credencials', 'testimoni', 'testimonis',
  // Croatian, Serbian, Bosnian (Latin and Cyrillic)
  'lozinka', 'lozinke', 'lozinku', 'lozinki', 'api ključ', 'api ključa', 'api ključeve', 'api ključevi', 'privatni ključ', 'privatne ključeve', 'vjerodajnice', 'akreditive', 'pristupne podatke', 'pristupni podaci', 'tokene', 'tokeni',
  'лозинка', 'лозинке', 'лозинку', 'api кључ', 'api кључеве', 'приватни кључ',
  // Slovenian
  'geslo', 'gesla', 'gesel', 'zasebni ključ', 'zasebne ključe', 'poverilnice', 'žeton', 'žetone',
  // Slovak
  'heslá', 'hesiel', 'api kľúč', 'api kľúče', 'api kľúčov', 'súkromný kľúč', 'súkromné kľúče', 'prihlasovacie údaje',
  // Lithuanian
  'slaptažodis', 'slaptažodžiai', 'slaptažodžius', 'slaptažodį', 'slaptažodžių', 'api raktas', 'api raktai', 'api raktus', 'api raktą', 'privatus raktas', 'privatų raktą', 'prisijungimo duomenys', 'prisijungimo duomenis', 'žetonus',
  // Latvian
  'parolēm', 'paroļu', 'api atslēga', 'api atslēgas', 'api atslēgu', 'privātā atslēga', 'privāto atslēgu', 'pieteikšanās dati', 'pieteikšanās datus',
  // Afrikaans
  'wagwoord', 'wagwoorde', 'privaatsleutel', 'privaat sleutel', 'geheime sleutel', 'aanmeldbesonderhede',
  // Georgian
  'პაროლი', 'პაროლები', 'პაროლს', 'ტოკენი', 'ტოკენები', 'ტოკენს', 'პირადი გასაღები', 'საიდუმლო გასაღები', 'api გასაღები', 'ავტორიზაციის მონაცემები',
];

/** Estonian secrets, whose case endings join the word ("paroolid", "võtmed"): matched as word starts. */
export const secretStems: readonly string[] = ['parool', 'salasõn', 'api võt', 'api-võt', 'privaatvõt', 'sisselogimisand', 'tokenid'];

/** The environment, a secret taken whole. */
export const environmentWords: readonly string[] = ['miljøvariabler', 'miljøvariablene', 'miljøvariablerne', "variables d'entorn", 'varijable okruženja', 'okoljske spremenljivke', 'premenné prostredia', 'aplinkos kintamieji', 'aplinkos kintamuosius', 'vides mainīgie', 'vides mainīgos', 'keskkonnamuutuja', 'omgewingsveranderlikes'];

/** Verbs that move a thing somewhere: the imperative, and the infinitive after a modal. */
export const movingWords: readonly string[] = [
  // Danish, Norwegian
  'videresend', 'kopiér', 'kopier', 'indsæt', 'tilføj', 'vedhæft', 'overfør', 'sende', 'videresende', 'lim inn', 'legg til', 'legg ved', 'publiser', 'last opp', 'upload til',
  // Catalan
  'envieu', 'reenvia', 'reenvieu', 'afegeix', 'afegiu', 'inclou', 'incloeu', 'copieu', 'enganxa', 'enganxeu', 'puja', 'pugeu', 'escriu', 'escriviu', 'adjunteu', 'posa', 'poseu', 'comparteix', 'compartiu', 'publiqueu', 'insereix', 'inseriu',
  // Croatian, Serbian, Bosnian
  'pošalji', 'pošaljite', 'proslijedi', 'proslijedite', 'prosledi', 'prosledite', 'učitaj', 'učitajte', 'kopiraj', 'kopirajte', 'zalijepi', 'zalepi', 'dodajte', 'priloži', 'priložite', 'upiši', 'upišite', 'napiši', 'napišite', 'podijeli', 'podeli', 'objavi', 'unesi', 'unesite',
  'poslati', 'proslijediti', 'proslediti', 'kopirati', 'dodati', 'priložiti', 'upisati', 'objaviti',
  'пошаљи', 'пошаљите', 'проследи', 'копирај', 'додај', 'упиши', 'налепи', 'постави',
  // Slovenian
  'pošlji', 'pošljite', 'posreduj', 'posredujte', 'naloži', 'prilepi', 'vpiši', 'vpišite', 'poslati',
  // Slovak
  'odošli', 'odošlite', 'prepošli', 'prepošlite', 'skopíruj', 'skopírujte', 'pridaj', 'pridajte', 'prilož', 'priložte', 'napíš', 'napíšte', 'zdieľaj', 'zverejni', 'odoslať', 'poslať', 'preposlať', 'nahrať', 'vložiť', 'pridať',
  // Lithuanian
  'siųsk', 'nusiųsk', 'nusiųskite', 'persiųsk', 'persiųskite', 'įkelk', 'įkelkite', 'nukopijuok', 'įklijuok', 'pridėk', 'pridėkite', 'įrašyk', 'parašyk', 'paskelbk', 'išsiųsk', 'išsiųskite',
  // Latvian
  'sūti', 'nosūti', 'nosūtiet', 'pārsūti', 'pārsūtiet', 'augšupielādē', 'nokopē', 'ielīmē', 'pievieno', 'pievienojiet', 'ieraksti', 'uzraksti', 'kopīgo', 'publicē',
  // Estonian
  'saada', 'saatke', 'edasta', 'edastage', 'laadi üles', 'kopeeri', 'kopeerige', 'kleebi', 'kleepige', 'lisa', 'lisage', 'kirjuta', 'kirjutage', 'manusta', 'jaga', 'postita',
  // Afrikaans
  'heg', 'skryf', 'plaas', 'laai op',
  // Georgian (the imperative opens its clause: "გაგზავნე …", send; "ატვირთე …", upload)
  'გაგზავნე', 'გაგზავნეთ', 'გადააგზავნე', 'გადააგზავნეთ', 'ატვირთე', 'ატვირთეთ', 'დააკოპირე', 'დააკოპირეთ', 'ჩასვი', 'ჩასვით', 'გააზიარე', 'გააზიარეთ', 'დაურთე', 'დაურთეთ',
];

/** Other acts an order may keep from the user, by their place. */
export const actingWords: readonly string[] = [
  // Only destroying: a vocative with "run the tests" is a README's ordinary note to the AI.
  'slet', 'slette', 'fjern', 'slett', 'tøm',
  'esborra', 'esborreu',
  'izbriši', 'izbrišite', 'obriši', 'obrišite', 'ukloni', 'избриши', 'обриши',
  'zbriši', 'odstrani',
  'zmaž', 'zmažte', 'vymaž', 'odstráň',
  'ištrink', 'ištrinkite', 'pašalink',
  'izdzēs', 'izdzēsiet', 'dzēs',
  'kustuta', 'kustutage', 'eemalda',
  'vee uit', 'verwyder', 'skrap',
];

/** The user's: what the order takes is not the reader's own. */
export const usersWords: readonly string[] = [
  'brugerens', 'brugernes', 'brukerens', 'brukernes', "de l'usuari", "de l'usuària", 'dels usuaris', 'korisnika', 'korisnikove', 'korisničke', 'корисника', 'uporabnika', 'uporabnikov', 'uporabnikove',
  'používateľa', 'používateľov', 'naudotojo', 'naudotojų', 'vartotojo', 'vartotojų', 'lietotāja', 'lietotāju', 'kasutaja', 'kasutajate', 'van die gebruiker', 'die gebruiker se', 'gebruikers se',
  'მომხმარებლის', 'მომხმარებლების',
];
/** All of them, a file's: not a reader's own key put where it belongs. */
export const othersWords: readonly string[] = ['tots', 'totes', 'que vegis', 'que trobis', 'sve', 'svi', 'svih', 'sva', 'vsa', 'vsi', 'všetky', 'všetko', 'všetkých', 'visus', 'visas', 'visi', 'viską', 'kõik', 'kõiki'];

/** Secrecy: done without the user's knowing. */
export const covertWords: readonly string[] = ['i det skjulte', 'i hemmelighed', 'i hemmelighet', "d'amagat", 'en secret', 'potajno', 'tajno', 'tajne', 'potajomky', 'slapta', 'slepeni', 'salaja', 'vaikselt', 'stilletjies', 'in die geheim'];

/** Negations before a verb. */
export const negationWords: readonly string[] = ['არ', 'ნუ', 'ikke', 'aldrig', 'aldri', 'nikad', 'nikada', 'nemoj', 'nemojte', 'nikoli', 'nikar', 'niekada', 'nekad', 'nekādā', 'ära', 'ärge', 'mitte', 'moenie'];

/** Words that may stand before an imperative in its clause. */
export const leadWords: readonly string[] = [
  'og', 'så', 'derefter', 'deretter', 'nu', 'nå', 'først', 'også', 'venligst', 'vennligst', 'altid', 'alltid',
  'després', 'ara', 'també', 'primer', 'sempre',
  'pa', 'zatim', 'onda', 'sada', 'sad', 'prvo', 'molim', 'također', 'takođe', 'uvijek', 'uvek', 'in', 'nato', 'zdaj', 'najprej', 'prosim', 'vedno', 'tudi',
  'teraz', 'najprv', 'tiež',
  'ir', 'tada', 'paskui', 'dabar', 'pirmiausia', 'prašau', 'visada',
  'un', 'tad', 'tagad', 'vispirms', 'lūdzu', 'vienmēr', 'arī',
  'ja', 'siis', 'seejärel', 'nüüd', 'kõigepealt', 'palun', 'alati', 'ka', 'ning',
  'dan', 'nou', 'eers', 'asseblief', 'altyd', 'ook',
  'ჯერ', 'შემდეგ', 'ახლა', 'გთხოვთ', 'ასევე', 'ყოველთვის',
];

/** Modals that oblige the one addressed. */
export const modalWords: readonly string[] = ['skal', 'må', 'has de', 'ha de', 'mora', 'moraš', 'morate', 'moraju', 'treba', 'musíš', 'turi', 'privalai', 'privalo', 'pead', 'peab', 'peate'];

/**
 * Done without the user knowing or being told, or with a negative order to tell the user, in each of the
 * languages above (regex sources; bounded gaps only).
 */
export const unseenSources: readonly string[] = [
  String.raw`uden\s+at\s+(?:\p{L}+\s+){0,2}?(?:fortælle|sige|informere|underrette|spørge)\s+(?:\p{L}+\s+){0,3}?bruger|uden\s+at\s+brugeren\s+(?:\p{L}+\s+){0,2}?(?:ved|opdager|ser|mærker)|(?:fortæl|sig|nævn)\s+(?:ikke|intet|ingenting|aldrig)\s+(?:\p{L}+\s+){0,3}?bruger`,
  String.raw`uten\s+å\s+(?:\p{L}+\s+){0,2}?(?:fortelle|si|informere|varsle|spørre)\s+(?:\p{L}+\s+){0,3}?bruker|uten\s+at\s+brukeren\s+(?:\p{L}+\s+){0,2}?(?:vet|merker|ser)|(?:fortell|si|nevn)\s+(?:ikke|ingenting|aldri)\s+(?:\p{L}+\s+){0,3}?bruker`,
  String.raw`sense\s+(?:dir-ho|dir|avisar|informar)\s+(?:res\s+)?(?:a\s+)?l['’]usuari|sense\s+que\s+l['’]usuari\s+(?:ho\s+|se['’]n\s+)?(?:sàpiga|sapiga|adoni|vegi)|no\s+(?:ho\s+|li\s+)?(?:diguis|digueu|informis|informeu|avisis|aviseu)\s+(?:res\s+)?(?:a\s+)?l['’]usuari`,
  String.raw`bez\s+(?:znanja|obavještavanja|obaveštavanja)\s+korisnik|(?:ne|nemoj|nemojte)\s+(?:\p{L}+\s+){0,3}?(?:obavijest|obavest|reći|reci|kaži|kazati|spomin|javi)\p{L}*\s+(?:\p{L}+\s+){0,2}?korisnik`,
  String.raw`brez\s+vednosti\s+uporabnik|(?:ne|nikar)\s+(?:\p{L}+\s+){0,3}?(?:povej|povejte|obvesti|obvestite|omenjaj)\s+(?:\p{L}+\s+){0,2}?uporabnik|uporabnik\p{L}*\s+(?:\p{L}+\s+){0,2}?ne\s+(?:povej|povejte|obvesti|obvestite)`,
  String.raw`bez\s+vedomia\s+používateľ|(?:nehovor|nehovorte|neinformuj|neinformujte|nespomínaj)\s+(?:\p{L}+\s+){0,3}?používateľ|používateľ\p{L}*\s+(?:\p{L}+\s+){0,3}?(?:nehovor|nehovorte|neinformuj)`,
  String.raw`(?:nesakydam|nepranešdam|neinformuodam)\p{L}*\s+(?:\p{L}+\s+){0,2}?(?:naudotoj|vartotoj)|(?:nesakyk|nepranešk|neinformuok)\p{L}*\s+(?:\p{L}+\s+){0,2}?(?:naudotoj|vartotoj)`,
  String.raw`(?:nesakot|neziņojot|neinformējot|nesaki|nesakiet|neziņo|neinformē)\s+(?:\p{L}+\s+){0,2}?lietotāj|lietotāj\p{L}*\s+nezinot`,
  String.raw`(?:ära|ärge)\s+(?:\p{L}+\s+){0,2}?(?:ütle|öelge|teavita|teavitage|maini|mainige)\s+(?:\p{L}+\s+){0,2}?kasutaja|kasutajale\s+(?:\p{L}+\s+){0,2}?(?:ütlemata|teatamata)|kasutaja\s+teadmata`,
  String.raw`sonder\s+(?:om\s+)?(?:die\s+)?gebruiker\s+(?:\p{L}+\s+){0,2}?(?:in\s+te\s+lig|te\s+sê|te\s+vertel)|(?:moenie|nie)\s+(?:\p{L}+\s+){0,3}?(?:aan\s+)?die\s+gebruiker\s+(?:\p{L}+\s+)?(?:noem|sê|vertel)|sonder\s+dat\s+die\s+gebruiker\s+(?:dit\s+)?(?:weet|agterkom|sien)`,
];
