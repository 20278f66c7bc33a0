import type { Lexicon } from './cue.ts';

/**
 * Turkish. Folded form: "ç ş ğ ö ü" lose their marks ("öldüreceğim" →
 * "oldurecegim"), "ı" stays "ı", "İ" becomes "i", apostrophes vanish
 * ("lise 2'deyim" → "lise 2deyim"). People often type "i" for "ı": [ıi].
 */
export const LEXICON: Lexicon = {
  lang: 'tr',
  cues: [
    {
      id: 'tr-crisis-want-die',
      label: 'crisis',
      pattern:
        '(?<!(?:utanctan|rezillikten|gulmekten|s[ıi]k[ıi]nt[ıi]dan|acl[ıi]ktan|uykusuzluktan|s[ıi]cakdan|s[ıi]caktan)\\s){b}(?:olmek\\s+(?:istiyorum|isterdim|istiyom)|keske\\s+(?:hic\\s+)?(?:olsem|olseydim|hic\\s+dogmasaydım|hic\\s+dogmasaydim|uyanmasam)|(?:artık\\s+|artik\\s+)?yasamak\\s+(?:istemiyorum|istemiyom)|yasamak\\s+icin\\s+(?:hicbir\\s+)?(?:sebebim|nedenim)\\s+(?:yok|kalmad[ıi]))',
      examples: ['ölmek istiyorum', 'Artık yaşamak istemiyorum', 'keşke hiç uyanmasam', 'yaşamak için hiçbir sebebim kalmadı'],
      counterexamples: ['utançtan ölmek istiyorum, herkes gördü', 'gülmekten öldüm', 'açlıktan ölüyorum', 'ölesiye sıkıldım'],
    },
    {
      id: 'tr-crisis-kill-self',
      label: 'crisis',
      pattern:
        '{b}(?:intihar\\s+(?:edecegim|etmek\\s+istiyorum|etmeyi\\s+dusunuyorum|edicem)|kendimi\\s+(?:oldurecegim|oldurmek\\s+istiyorum|oldurucem|asacag[ıi]m|asmak\\s+istiyorum)|can[ıi]ma\\s+k[ıi]yacag[ıi]m|can[ıi]ma\\s+k[ıi]ymak\\s+istiyorum|hayat[ıi]ma\\s+son\\s+(?:verecegim|vermek\\s+istiyorum|vericem))|{b}(?:surekli\\s+)?intihar\\s+(?:dusunceler[ıi]m|dusuncesi)\\s+(?:var|geliyor){e}',
      examples: ['intihar edeceğim', 'Bu gece kendimi öldüreceğim', 'hayatıma son vermek istiyorum', 'sürekli intihar düşüncelerim var'],
      counterexamples: ['oyunda kendimi öldürdüm yanlışlıkla', 'arkadaşım intihar etmek istiyor, ne yapmalıyım', 'eskiden intihar düşüncelerim vardı, şimdi iyiyim'],
    },
    {
      id: 'tr-crisis-self-harm',
      label: 'crisis',
      pattern:
        '{b}(?:(?:yine|gene|tekrar|dun\\s+gece)\\s+)?(?:kendimi\\s+(?:kesiyorum|kestim|jiletliyorum|jiletledim)|jilet\\s+att[ıi]m|kollar[ıi]m[ıi]\\s+(?:kestim|kesiyorum|jiletledim)|kendime\\s+zarar\\s+(?:veriyorum|verdim))',
      examples: ['yine kendimi kestim', 'Kendimi jiletliyorum kimse bilmiyor', 'kendime zarar veriyorum'],
      counterexamples: ['ekmek keserken parmağımı kestim', 'kız kardeşim kendini kesiyor, ne yapmalıyım'],
    },
    {
      id: 'tr-crisis-burden',
      label: 'crisis',
      pattern: '{b}(?:herkes|ailem|annemler|herkese)\\s+(?:bensiz|ben\\s+olmasam|ben\\s+olmazsam)\\s+(?:daha\\s+)?(?:iyi|mutlu|rahat)\\s+(?:olur|olacak|olurdu|eder)|{b}(?:herkese|aileme|annemlere)\\s+(?:sadece\\s+)?yuk(?:um|um\\s+ben|oluyorum)',
      examples: ["herkes bensiz daha mutlu olur", "Ailem ben olmasam daha rahat eder", "herkese sadece yüküm"],
      counterexamples: ["takım bensiz de iyi oynar", "herkes bu yeni düzenle daha mutlu olur"],
    },
    {
      id: 'tr-crisis-jump',
      label: 'crisis',
      pattern: '{b}(?:kendimi\\s+)?(?:kopruden|koprudan|[cç]at[ıi]dan|balkondan|pencereden|binadan|ucurumdan)\\s+(?:atlayacag[ıi]m|atlicam|atlayaca[gğ][ıi]m|atacag[ıi]m|atmak\\s+istiyorum|atlamak\\s+istiyorum)|{b}kendimi\\s+(?:trenin|metronun|arabanın|araban[ıi]n)\\s+onune\\s+(?:atacag[ıi]m|atmak\\s+istiyorum)',
      examples: ["köprüden atlayacağım", "Kendimi balkondan atmak istiyorum", "kendimi trenin önüne atacağım"],
      counterexamples: ["iskeleden denize atlayacağım, çok sıcak", "paraşütle uçaktan atlayacağım"],
    },
    {
      id: 'tr-crisis-overdose',
      label: 'crisis',
      pattern:
        '{b}(?:butun|tum|bi\\s+kutu|bir\\s+kutu|bir\\s+avuc|(?:[2-9]\\d|1\\d)\\s*(?:tane)?)\\s+(?:ilaclar[ıi]|ilac|hap|haplar[ıi]|uyku\\s+ilac[ıi]|antidepresan)\\s+(?:ictim|yuttum|aldım|aldim)',
      examples: ['bütün ilaçları içtim', 'Bir kutu uyku ilacı yuttum', '30 tane hap içtim'],
      counterexamples: ['2 tane ağrı kesici içtim', 'tansiyon ilacımı içtim'],
    },
    {
      id: 'tr-crisis-threat',
      label: 'crisis',
      pattern:
        '{b}beni\\s+(?:oldurecegini|oldurecek|gebertecegini)\\s+(?:soyledi|soyluyor|dedi|diyor|yazd[ıi])|{b}beni\\s+oldurmekle\\s+tehdit\\s+(?:ediyor|etti)|{b}beni\\s+(?:bogmaya|oldurmeye)\\s+cal[ıi]st[ıi]|{b}elinde\\s+(?:b[ıi]cak|silah|tabanca)\\s+var[\\s,]+(?:kap[ıi]n[ıi]n\\s+onunde|kap[ıi]da|d[ıi]sar[ıi]da|asag[ıi]da)',
      examples: ['beni öldüreceğini söyledi', 'Eski sevgilim beni öldürmekle tehdit ediyor', 'beni boğmaya çalıştı', 'elinde bıçak var, kapının önünde'],
      counterexamples: ['annem beni öldürür bu notları görünce', 'filmde kral öldürüleceğini söyledi', 'elinde bıçak var, soğan doğruyor'],
    },
    {
      id: 'tr-age',
      label: 'age',
      pattern: '{b}(\\d{1,2})\\s*(?:ya[sş][ıi]nday[ıi]m|ya[sş][ıi]nda\\s+(?:bir\\s+)?(?:k[ıi]z[ıi]m|erkegim|ogrenciyim|genc[ıi]m|cocugum))',
      examples: ['15 yaşındayım', 'Ben 14 yaşındayım ve çok sıkılıyorum', '16 yaşında bir kızım', '13 yasindayim'],
      ages: [15, 14, 16, 13],
      counterexamples: ['oğlum 15 yaşında', '15 yaşındayken İzmir’e taşındık', '15 yıl önce evlendik', '15 dakika sonra çıkıyorum'],
    },
    {
      id: 'tr-age-yasim',
      label: 'age',
      pattern: '{b}(?:benim\\s+)?ya[sş][ıi]m\\s+(\\d{1,2}){e}(?!\\s*(?:iken|ken|yken|oldugunda))',
      examples: ['yaşım 15, ama olgunum', 'benim yaşım 13'],
      ages: [15, 13],
      counterexamples: ['oğlumun yaşı 15', 'yaşım 15 iken taşındık'],
    },
    {
      id: 'tr-minor-sinif',
      label: 'minor',
      pattern:
        '(?<!(?:universite|universitede|unide|uni|fakultede|fakulte|bolumde|bolum|t[ıi]pta|t[ıi]p|hukuk|muhendislik)\\s){b}(?:[7-9]|1[01])\\s*\\.?\\s*s[ıi]n[ıi]f(?:tay[ıi]m|ta\\s+okuyorum|a\\s+gidiyorum|\\s+ogrencisiyim){e}|{b}lise\\s*[123]\\s*(?:\\.\\s*s[ıi]n[ıi]f)?\\s*(?:de|te|da|ta)y[ıi]m{e}|{b}lise\\s*[123]\\s*(?:ogrencisiyim|e\\s+gidiyorum|ye\\s+gidiyorum){e}|{b}ortaokulday[ıi]m{e}|{b}(?:lgsye|lgs\\s+ye|lgs\\s+s[ıi]nav[ıi]na)\\s+(?:hazırlan[ıi]yorum|hazirlaniyorum|girecegim|giriyorum|calisiyorum)',
      examples: ['8. sınıftayım', 'lise 2\'deyim', 'Ortaokuldayım ve LGS\'ye hazırlanıyorum', 'ben 10. sınıfa gidiyorum'],
      counterexamples: ['oğlum 8. sınıfta', 'üniversite 3. sınıftayım', 'lise 2\'deyken çok utangaçtım', '9. sınıflara ders veriyorum'],
    },
    {
      id: 'tr-adult-role',
      label: 'adult_role',
      pattern: "{b}(?:ben\\s+(?:bir\\s+)?ogretmenim|ogrencilerim|cocuklar[iı]m){e}",
      examples: ["ben öğretmenim, sınıfımda 30 çocuk var", "öğrencilerim bugün çok yaramazdı", "çocuklarım okuldan yeni geldi"],
      counterexamples: ["öğretmenim bana kızdı bugün", "oğlum ne yapıyorsun ya", "ben öğretmen olmak istiyorum büyüyünce", "oğlum okul çok sıkıcı ya"],
    },
    {
      id: "tr-minor-lgs",
      label: 'minor',
      pattern: "{b}lgs(?:ye|ya|e|a)?\\s+(?:\\S+\\s+){0,2}(?:kaldı|hazırlanıyorum|calısıyorum|calısmam)|{b}lgs\\s+(?:denemesi|deneme|sınavı)\\s+(?:var|oldum|girdim|olacagım)",
      examples: ["LGS'ye 2 ay kaldı kafam çok dolu", "LGS'ye hazırlanıyorum"],
      counterexamples: ["oğlumun LGS sınavı yarın", "LGS sonuçları açıklandı haberlerde"],
    },
    {
      id: "tr-not-own-other",
      label: 'not_own',
      whose: 'someone_else',
      pattern: "{b}(?:oglum|kızım|kardesim|abim|ablam|yegenim|torunum|ogrencim|ogrencilerim|cocugum|cocuklarım|kuzenim)(?:un|ın|in|a|e){e}|{b}(?:oglumuz|kızımız|ogrencilerim){e}",
      examples: ["oğlumun okulu [8. sınıfta] LGS'ye hazırlıyor", "bugün oğlumun [LGS sınavı var]", "öğrencilerim [8. sınıfta]"],
      counterexamples: ["ben [8. sınıftayım], kardeşim üniversitede", "oğlum [8. sınıftayım] ya çok sıkıldım"],
    },
    {
      id: "tr-not-own-past",
      label: 'not_own',
      whose: 'past',
      pattern: "{b}(?:eskiden|yıllar\\s+once|hatırlıyorum|zamanında|gencken|cocukken)",
      examples: ["yıllar önce [lise 2'deyken] her şey kolaydı", "eskiden [16 yaşındayken] böyle değildi"],
      counterexamples: ["[16 yaşındayım] ve sıkıldım"],
    },
    {
      id: "tr-not-own-like",
      label: 'not_own',
      whose: 'comparison',
      pattern: "{b}(?:sanki|kendimi\\s+\\S+\\s+gibi)",
      examples: ["sanki yine [16 yaşındayım]", "annem sanki [12 yaşındaymışım] gibi davranıyor"],
      counterexamples: ["[16 yaşındayım]"],
    },
    {
      id: "tr-not-own-after",
      label: 'not_own',
      near: 'after',
      whose: 'comparison',
      pattern: "^\\s*(?:gibi|iken|yken)",
      examples: ["[16 yaşında] gibi hissediyorum", "[lise 2] iken her şey kolaydı"],
      counterexamples: ["[16 yaşındayım] ve mutluyum"],
    },
  ],
};
