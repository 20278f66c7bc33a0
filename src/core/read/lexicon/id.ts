import type { Lexicon } from './cue.ts';

/**
 * Indonesian (formal and Jakarta colloquial). "mati" is also a power cut, a
 * flat battery and many idioms (mati gaya, mati kutu, setengah mati, mati
 * ketawa), so the crisis cues need a first person and a wish.
 */
const I = '(?:aku|aq|gue|gua|gw|saya)';
const NOT = '(?:ga|gak|nggak|ngga|enggak|engga|tidak|tak|gk|g)';
const PAST = '(?<!(?:waktu|pas|saat|ketika|dulu|jaman|zaman|pernah)\\s)';
const THIRD = '(?<!(?:dia|ia|temanku|temenku|teman\\s+aku|temen\\s+aku|temen\\s+gue|adikku|adekku|kakakku|pacarku|sahabatku|mereka|tokoh\\s+itu)\\s)';
export const LEXICON: Lexicon = {
  lang: 'id',
  cues: [
    {
      id: 'id-crisis-want-die',
      label: 'crisis',
      pattern:
        `(?<!(?:capek|cape|capai|lelah|laper|lapar|ngantuk|gerah|panas|malu|bosen|bosan)(?:\\s+(?:banget|bgt|sekali|parah|bener))?[\\s,]+)(?:{b}${I}\\s+(?:(?:cuma|cuman|hanya|beneran|bener2|sungguh|rasanya|udah)\\s+)?(?:ingin|pengen|pengin|pingin|kepengen)\\s+mati{e}|{b}(?:ingin|pengen|pengin|pingin|kepengen|mau)\\s+mati\\s+(?:aja|saja)(?!\\s+(?:rasanya|ketawa|kelaparan)))(?!\\s+(?:ketawa|gaya|kutu|lampu|kelaparan|kebosanan|karena\\s+malu))`,
      examples: ['aku ingin mati', 'Gue pengen mati aja', 'pengen mati aja, capek sama semuanya', 'saya sungguh ingin mati'],
      counterexamples: ['capek banget mau mati rasanya', 'mati ketawa liat video ini', 'takut setengah mati aku', 'hp aku mau mati, nanti kukabari'],
    },
    {
      id: 'id-crisis-not-live',
      label: 'crisis',
      pattern: `{b}(?:${I}\\s+)?(?:udah\\s+|sudah\\s+)?${NOT}\\s+(?:mau|ingin|pengen|kuat)\\s+hidup\\s+lagi{e}|{b}${I}\\s+(?:udah\\s+|sudah\\s+)?${NOT}\\s+(?:mau|ingin|pengen)\\s+hidup{e}(?!\\s+(?:di|sama|dengan|bareng|dekat|jauh|sendiri|kayak|seperti)(?:{e}))|{b}${NOT}\\s+ada\\s+(?:alasan|gunanya)\\s+(?:buat|untuk)\\s+(?:tetap\\s+)?hidup`,
      examples: ['aku gak mau hidup lagi', 'Udah nggak kuat hidup lagi', 'saya tidak ingin hidup'],
      counterexamples: ['aku gak mau hidup di Jakarta', 'aku nggak mau hidup bareng mertua'],
    },
    {
      id: 'id-crisis-kill-self',
      label: 'crisis',
      pattern: `${THIRD}{b}(?:${I}\\s+)?(?:(?:mau|ingin|pengen|pengin|pingin|akan|bakal|mo)\\s+)(?:bunuh\\s+diri|bundir|mengakhiri\\s+hidup(?:ku|\\s+aku|\\s+saya)?|ngakhirin\\s+hidup(?:ku)?|akhiri\\s+hidup(?:ku)?)|${PAST}{b}(?:${I}\\s+)?(?:sering\\s+|terus\\s+)?(?:kepikiran|mikirin)\\s+(?:buat\\s+|untuk\\s+)?(?:bunuh\\s+diri|bundir)`,
      examples: ['aku mau bunuh diri malam ini', 'Pengen bundir aja', 'saya akan mengakhiri hidup saya', 'aku sering kepikiran bunuh diri'],
      counterexamples: ['temanku mau bunuh diri, aku harus gimana', 'dulu aku pernah kepikiran bunuh diri, sekarang udah baik', 'di game karakterku bunuh diri loncat ke jurang'],
    },
    {
      id: 'id-crisis-self-harm',
      label: 'crisis',
      pattern: `{b}${I}\\s+(?:(?:lagi|sering|abis|habis|baru|suka)\\s+)?(?:nyilet|nyayat|menyayat|menyilet|sayat|silet)\\s+(?:tangan|lengan|pergelangan|paha|nadi)(?:ku|\\s+aku|\\s+gue)?{e}|{b}(?:nyilet|nyayat|menyayat|menyilet|sayat)\\s+(?:tangan|lengan|pergelangan|paha|nadi)ku{e}|{b}${I}\\s+(?:self\\s*harm|selfharm|sh)\\s+lagi{e}|{b}${I}\\s+(?:sering\\s+|lagi\\s+)?(?:melukai|nyakitin|menyakiti)\\s+diri\\s*(?:sendiri)?`,
      examples: ['aku nyilet tangan lagi semalam', 'gue self harm lagi', 'aku sering nyakitin diri sendiri'],
      counterexamples: ['tanganku keiris pisau pas masak', 'adikku suka nyilet tangan, aku harus gimana', 'sesekali aku nyilet kuku pakai gunting'],
    },
    {
      id: 'id-crisis-jump',
      label: 'crisis',
      pattern: '{b}(?:(?:aku|gue|gw|saya)\\s+)?(?:mau|ingin|pengen|akan|bakal)\\s+(?:lompat|loncat|terjun|melompat|nyebur)\\s+(?:dari|dr)\\s+(?:atas\\s+)?(?:jembatan|gedung|atap|balkon|lantai\\s+\\d+|jendela|tebing)(?!\\s+(?:ke\\s+(?:kolam|sungai|laut|air)|pakai\\s+(?:parasut|tali)))|{b}(?:(?:aku|gue|saya)\\s+)?(?:mau|ingin|pengen|akan)\\s+(?:nabrakin\\s+diri|menabrakkan\\s+diri|loncat)\\s+ke\\s+(?:kereta|rel)',
      examples: ["aku mau lompat dari jembatan", "Gue pengen loncat dari atap gedung", "saya akan terjun dari lantai 10"],
      counterexamples: ["aku mau lompat dari jembatan ke sungai, seru", "aku mau loncat dari tebing pakai parasut"],
    },
    {
      id: 'id-crisis-overdose',
      label: 'crisis',
      pattern: `{b}(?:${I}\\s+)?(?:udah\\s+|barusan\\s+|baru\\s+)?(?:minum|nelen|menelan|nelan)\\s+(?:semua\\s+obat|sebotol\\s+obat|sekotak\\s+obat|satu\\s+strip|satu\\s+botol\\s+obat|(?:[2-9]\\d|1\\d)\\s+(?:butir|pil|tablet|obat))`,
      examples: ['aku minum semua obat tidur di rumah', 'barusan nelen 30 pil', 'gue udah minum sebotol obat'],
      counterexamples: ['aku minum 2 tablet parasetamol', 'aku udah minum obat batuk tadi'],
    },
    {
      id: 'id-crisis-threat',
      label: 'crisis',
      pattern: `{b}(?:dia\\s+(?:bilang|ngomong)|(?:dia\\s+)?(?:ngancam|mengancam|ngancem))\\s+(?:mau\\s+|akan\\s+|bakal\\s+)?(?:bunuh\\s+aku|bunuh\\s+gue|bunuh\\s+saya|membunuhku|membunuh\\s+saya|ngebunuh\\s+aku)|{b}dia\\s+(?:nyekik|mencekik|nyoba\\s+nyekik|mencoba\\s+mencekik|hampir\\s+nyekik)\\s*(?:aku|ku|gue|saya)|{b}dia\\s+(?:bawa|pegang|punya)\\s+(?:pisau|golok|pistol|senjata|parang)\\s+(?:dan|terus)\\s+(?:ada\\s+|nunggu\\s+|berdiri\\s+)?(?:di\\s+)?(?:depan\\s+(?:rumah|pintu|kos)|luar)`,
      examples: ['dia bilang mau bunuh aku', 'Mantanku mengancam akan membunuhku', 'dia nyekik aku semalam', 'dia bawa pisau dan ada di depan rumah'],
      counterexamples: ['mamaku bakal bunuh aku kalau tahu nilaiku', 'dia bawa pisau dan motong sayur di dapur'],
    },
    {
      id: 'id-age-umur',
      label: 'age',
      pattern: `${PAST}{b}(?:umurku|umur\\s+(?:aku|ku|saya|gue|gw)|usiaku|usia\\s+(?:aku|saya)|(?:aku|saya|gue)\\s+(?:berumur|berusia))\\s+(?:baru\\s+|udah\\s+|sudah\\s+|masih\\s+)?(\\d{1,2})(?!\\d|\\s*(?:menit|jam|hari|bulan|an{e}))`,
      examples: ['umurku 15', 'Umur aku baru 14 tahun', 'saya berusia 16 tahun'],
      ages: [15, 14, 16],
      counterexamples: ['umur adikku 15 tahun', 'waktu umurku 15 aku pindah ke Bandung', '15 tahun yang lalu aku lahir… eh, nikah'],
    },
    {
      id: 'id-age-tahun',
      label: 'age',
      pattern: `${PAST}{b}${I}\\s+(?:baru\\s+|masih\\s+)?(\\d{1,2})\\s+(?:tahun|thn|th|taun){e}(?!\\s+(?:kerja|bekerja|nikah|menikah|tinggal|di|disini|pacaran|jadi|lalu|yang\\s+lalu|lebih|lagi|mengajar|ngajar))`,
      examples: ['aku 15 tahun', 'gue masih 13 thn', 'saya 16 tahun, kelas 11'],
      ages: [15, 13, 16],
      counterexamples: ['adikku 15 tahun', 'aku 15 tahun kerja di pabrik ini', 'waktu aku 15 tahun aku suka main bola'],
    },
    {
      id: 'id-minor-kelas',
      label: 'minor',
      pattern: `${PAST}{b}${I}\\s+(?:masih\\s+|baru\\s+|sekarang\\s+|lagi\\s+)?(?:(?:kelas|kls)\\s*(?:[4-9]|1[01])(?!\\d|\\s*(?:pagi|siang|sore|malam|jam|menit|online))|(?:kelas|kls)\\s*[1-3]\\s*(?:smp|mts|sd)|(?:kelas|kls)\\s*[12]\\s*(?:sma|smk|ma){e}|(?:(?:anak|murid|siswa|siswi|pelajar)\\s*(?:smp|mts|sd)|smp|mts){e})(?!{g3}[\\s,]+dulu{e})`,
      examples: ['aku kelas 9', 'Gue masih SMP', 'saya kelas 11 SMA', 'aku anak SMP kelas 8'],
      counterexamples: ['anakku masih SMP', 'waktu aku SMP aku suka voli', 'aku guru SMP di Bogor', 'aku kelas 12 dan udah 18 tahun', 'aku kelas 10 pagi ini ada rapat guru', 'aku SMP di Bandung dulu'],
    },
    {
      id: 'id-adult-role',
      label: 'adult_role',
      pattern: "{b}(?:(?:aku|saya|gue|gw)\\s+(?:(?:ini|tuh|cuma|seorang|jadi|kerja\\s+jadi)\\s+)?(?:guru|dosen|wali\\s+kelas|pelatih|kepala\\s+sekolah|sopir\\s+(?:bus\\s+|antar\\s+jemput\\s+)?sekolah)|(?:aku|saya|gue|gw)\\s+(?:ngajar|mengajar)\\s+(?:{w}\\s+)?(?:di|murid|siswa|kelas|anak2|mapel|pelajaran)|(?:pulang|abis|habis|selesai|berangkat)\\s+ngajar|murid\\s+kelas\\s+\\d{1,2}\\s*(?:ku|saya|aku)|muridku|murid\\s+(?:aku|saya)|siswaku|siswa\\s+saya|anakku|anak\\s+(?:aku|saya|gue|gw)){e}",
      examples: ["aku guru honorer di SD", "saya pelatih futsal anak-anak SMP", "anak saya kelas 9 SMP", "saya mengajar matematika di SMA", "aku baru pulang ngajar, capek", "murid kelas 5 ku ribut terus"],
      counterexamples: ["guru aku galak banget", "aku kelas 9 SMP", "aku ngajar adikku matematika tadi"],
    },
    {
      id: "id-not-own-other",
      label: 'not_own',
      whose: 'possessor',
      pattern: "{b}(?:adek|adik|adekku|adikku|kakak|kakakku|ponakan|keponakan|ponakanku|keponakanku|cucu|cucuku|anak\\s+(?:gue|gw|gua|aku|saya)|anakku|murid|muridku|murid\\s+les|sepupu|sepupuku)(?:\\s+(?:gue|gw|gua|aku|saya|ku|kami|kita))?{e}",
      examples: ["adek gue [kelas 10], minta dibeliin HP baru", "cucu saya [kelas 1 SD], pinter lho"],
      counterexamples: ["gue [kelas 10], adek gue SD", "gue anak [SMA kelas 11]"],
    },
    {
      id: "id-not-own-past",
      label: 'not_own',
      whose: 'past',
      pattern: "{b}(?:biyen|dulu\\s+(?:aku|gue|gw|saya|pas|waktu)|waktu\\s+(?:aku|gue|gw|saya)|jaman\\s+(?:aku|gue|gw|saya|dulu)|pas\\s+(?:aku|gue|gw|saya)\\s+masih|\\w+\\s+tahun\\s+(?:yang\\s+)?lalu)",
      examples: ["biyen aku [SMP] nang Rungkut", "dulu waktu gue [kelas 9] gue pernah juara"],
      counterexamples: ["gue [kelas 9] sekarang"],
    },
    {
      id: "id-not-own-like",
      label: 'not_own',
      whose: 'comparison',
      pattern: "{b}(?:serasa|berasa|kayak|kaya|kek)\\s+(?:balik|jadi|masih)",
      examples: ["berasa balik [kelas 12] lagi", "kayak jadi [anak SMA] lagi"],
      counterexamples: ["gue [anak SMA]"],
    },
    {
      id: "id-not-own-after",
      label: 'not_own',
      near: 'after',
      whose: 'comparison',
      pattern: "^\\s*dulu{e}",
      examples: ["pas [kelas 9] dulu gue bandel", "waktu [SMP] dulu aku pendiam"],
      counterexamples: ["gue [kelas 9] sekarang", "aku [kelas 9] lagi pusing"],
    },
    {
      id: "id-minor-belum-17",
      label: 'minor',
      pattern: "{b}(?:aku|gue|gw|saya)\\s+(?:masih\\s+)?(?:belum|blm)\\s+(?:genap\\s+)?(?:17|18|tujuh\\s+belas)(?!(?:\\s+(?:tahun|thn))?\\s+(?:bulan|bln|jam|hari|menit|minggu|bekerja|kerja|menikah|nikah|di|\\d))(?:\\s+tahun|\\s+thn)?{e}|{b}umurku\\s+(?:masih\\s+)?(?:belum|blm)\\s+(?:genap\\s+)?(?:17|18){e}|{b}(?:nanti|kalau|kalo|klo|kl)\\s+(?:aku|gue|gw|saya)\\s+(?:udah|sudah|dah|udh)\\s+(?:17|18)(?!(?:\\s+(?:tahun|thn))?\\s+(?:bulan|bln|jam|hari|menit|minggu|bekerja|kerja|menikah|nikah|di|\\d))(?:\\s+tahun|\\s+thn)?{e}",
      examples: ["aku belum 17 jadi belum bisa bikin KTP", "nanti kalau gue udah 17 baru boleh bawa motor", "gw masih blm 17 tahun kak"],
      counterexamples: ["waktu aku 17 tahun aku kerja di pabrik", "anakku belum 17 tahun", "saya belum 18 bulan di kantor ini", "kalau saya sudah 17 tahun bekerja pasti dapat bonus"],
    },
  ],
};
