//! Reading the files: YAML, front matter, links and kinds of file (src/load/).

messages! {
    // --- the three slips editors make most (load/yaml/slips.rs) ---
    SLIP_TAB:
        "baris ini menjorok dengan karakter tab",
        "a tab is used to indent this line";
    SLIP_TAB_HINT:
        "pakai spasi saja untuk jarak di awal baris: ganti tab di awal baris ini dengan spasi, sejajar dengan isian di atasnya (banyak penyunting teks bisa diatur agar tombol Tab menulis spasi)",
        "indent with spaces only: replace the tab at the start of the line with spaces, lining the key up with the keys above it (many editors can be set to type spaces for the Tab key)";
    SLIP_QUOTE:
        "tanda kutip `{quote}` yang dibuka di sini tidak ditutup di baris ini",
        "the quote `{quote}` opened here is not closed on this line";
    SLIP_QUOTE_HINT:
        "akhiri teks dengan tanda kutip yang sama: `{line}` (tanpa tanda kutip penutup, teks berlanjut ke baris-baris di bawahnya)",
        "end the text with the same quote mark: `{line}` (without a closing quote, the text runs on into the lines below)";
    SLIP_COLON:
        "teks isian `{key}` memuat titik dua diikuti spasi (`: `), yang dibaca sebagai awal isian baru",
        "the text of `{key}` contains a colon followed by a space (`: `), which is read as the start of another key";
    SLIP_COLON_HINT:
        "apit seluruh teks dengan tanda kutip: `{line}`",
        "put the whole text in quotes: `{line}`";

    // --- what the parser said, in plain words (load/yaml/errors.rs, parser_words.rs) ---
    YAML_UNKNOWN_KEY:
        "isian `{key}` tidak dikenal",
        "unknown key `{key}`";
    YAML_DID_YOU_MEAN:
        "maksud Anda `{near}`?",
        "did you mean `{near}`?";
    YAML_KEYS_ALLOWED:
        "isian yang boleh ditulis di sini: {keys}",
        "the keys allowed here are: {keys}";
    YAML_VALUE_NOT_ALLOWED:
        "`{value}` bukan nilai yang boleh ditulis di sini",
        "`{value}` is not an allowed value here";
    YAML_VALUE_DID_YOU_MEAN:
        "maksud Anda `{near}`? Nilai yang boleh: {allowed}",
        "did you mean `{near}`? allowed: {allowed}";
    YAML_VALUE_ONE_OF:
        "tulis salah satu dari: {allowed}",
        "write one of: {allowed}";
    YAML_MISSING_KEY:
        "isian wajib `{key}` belum ditulis",
        "the required key `{key}` is missing";
    YAML_MISSING_KEY_HINT:
        "tambahkan baris `{key}: ...` di sini",
        "add a line `{key}: ...` to this record";
    YAML_EMPTY_REQUIRED:
        "`{key}` wajib diisi, tetapi kosong",
        "`{key}` must be filled in, but it is empty";
    YAML_EMPTY_REQUIRED_HINT:
        "tulis isinya setelah `{key}: `; isian lain yang tidak wajib boleh dibiarkan kosong",
        "write its value after `{key}: `; only optional fields may be left empty";
    YAML_MANY_DOCUMENTS:
        "berkas ini memuat lebih dari satu data (dipisah garis `---`)",
        "this file holds more than one record (separated by a `---` line)";
    YAML_MANY_DOCUMENTS_HINT:
        "satu berkas berisi satu data: hapus garis `---` di atas, atau pindahkan data kedua ke berkas sendiri",
        "a record is one file: remove the `---` line above, or move the second record to a file of its own";
    YAML_TOO_MANY_DOCUMENTS:
        "berkas ini memuat terlalu banyak data yang dipisah garis `---`",
        "this file holds too many records separated by `---` lines";
    YAML_TOO_MANY_DOCUMENTS_HINT:
        "satu berkas berisi satu data: hapus garis `---` di dalamnya",
        "a record is one file: remove the `---` lines inside it";
    YAML_UNKNOWN_ANCHOR:
        "rujukan `*nama` ini tidak menunjuk ke tanda `&nama` mana pun di atasnya",
        "this alias (`*name`) refers to no anchor (`&name`) written before it";
    YAML_TOO_MANY_ALIASES:
        "berkas ini memakai tanda `&nama` dan rujukan `*nama` lebih banyak daripada yang diperlukan satu data",
        "this file uses more anchors (`&name`) and aliases (`*name`) than a record needs";
    YAML_ALIASES_EXPAND:
        "rujukan `*nama` di berkas ini mengulang nilai jauh lebih banyak daripada yang diperlukan satu data",
        "the aliases (`*name`) of this file repeat more values than a record needs";
    YAML_ALIAS_BYTES:
        "rujukan `*nama` di sini mengulang lebih dari {kib} KiB teks",
        "the aliases here repeat more than {kib} KiB of text";
    YAML_ALIAS_HINT:
        "tulis nilainya langsung, tanpa tanda `&nama` dan rujukan `*nama`",
        "write the values out instead of using anchors (`&name`) and aliases (`*name`)";
    YAML_EMPTY:
        "bagian ini kosong: belum ada isian yang ditulis",
        "this is empty: no keys are written here";
    YAML_EMPTY_HINT:
        "tulis isian-isiannya di sini, misalnya `title: ...`",
        "write the keys here, for example `title: ...`";
    YAML_TOO_MANY_VALUES:
        "berkas ini memuat jauh lebih banyak nilai daripada yang diperlukan satu data",
        "this file has far more values than a record needs";
    YAML_TOO_MANY_VALUES_HINT:
        "satu berkas berisi satu program, lembaga atau berita; pecah berkasnya, atau periksa apakah ini berkas yang Anda maksud",
        "a record is one program, organization or news item; split the file, or check that it is the file you meant";
    YAML_TOO_DEEP:
        "nilai di sini bertingkat lebih dari {max} tingkat",
        "values here are nested more than {max} levels deep";
    YAML_TOO_DEEP_HINT:
        "data hanya bertingkat sedikit (di program: `outcomes:` > `indicators:` > satu indikator); periksa jarak di awal baris dan pastikan setiap `[` dan `{` ditutup",
        "records nest only a few levels (a program's `outcomes:` > `indicators:` > one indicator); check the indentation and that every `[` and `{` is closed";
    YAML_TAB:
        "di sini ada karakter tab; warta hanya membaca spasi di awal baris",
        "there is a tab here; warta reads only spaces at the start of a line";
    YAML_WANT_WHOLE_NUMBER:
        "di sini harus ditulis bilangan bulat",
        "a whole number belongs here";
    YAML_WANT_WHOLE_NUMBER_HINT:
        "tulis bilangan bulat tanpa tanda kutip, titik atau satuan, misalnya `20`",
        "write a whole number without quotes, dots or units, for example `20`";
    YAML_WANT_NUMBER:
        "di sini harus ditulis angka",
        "a number belongs here";
    YAML_WANT_NUMBER_HINT:
        "tulis angka, misalnya `2` atau `1.5`",
        "write a number, for example `2` or `1.5`";
    YAML_WANT_LIST:
        "di sini harus ditulis daftar",
        "a list belongs here";
    YAML_WANT_LIST_HINT:
        "tulis daftar, `[a, b]` atau satu `- butir` per baris",
        "write a list, either `[a, b]` or one `- item` per line";
    YAML_WANT_TEXT:
        "di sini harus ditulis teks",
        "text belongs here";
    YAML_WANT_TEXT_HINT:
        "tulis teks di sini; apit dengan tanda kutip teks yang memuat `: ` atau diawali `[`, `{` atau `*`",
        "write text here; put quotes around text that contains `: ` or starts with `[`, `{` or `*`";
    YAML_WANT_KEYS:
        "di sini warta menunggu isian-isian di baris bawahnya (`isian: nilai`), bukan satu nilai",
        "warta expects keys of their own here, on the lines below (`key: value`), not one value";
    YAML_WANT_KEYS_HINT:
        "tulis isiannya di baris-baris berikut, menjorok dua spasi lebih dalam dari baris ini",
        "write its keys on the lines below, indented two spaces more than this line";
    YAML_WANT_YES_NO:
        "di sini harus ditulis ya atau tidak",
        "yes or no belongs here";
    YAML_WANT_YES_NO_HINT:
        "tulis `true` (ya) atau `false` (tidak)",
        "write `true` or `false`";
    YAML_QUOTE:
        "tanda kutip di baris ini tidak cocok",
        "the quotes on this line do not match";
    YAML_QUOTE_HINT:
        "tutup tanda kutip dengan tanda yang sama dengan pembukanya (`\"` atau `'`) dan jangan tulis apa pun sesudahnya, atau hapus tanda kutipnya",
        "close the quote with the same mark it opened with (`\"` or `'`) and write nothing after it, or leave the quotes out";
    YAML_COLON_HERE:
        "warta tidak menduga titik dua (`: `) di sini",
        "warta did not expect a colon (`: `) here";
    YAML_COLON_HERE_HINT:
        "jika teksnya memuat `: `, apit seluruh teks dengan tanda kutip; jika ini isian, luruskan awalnya dengan isian di atasnya",
        "if the text contains `: `, put the whole text in quotes; if this is a key, line it up with the keys above it";
    YAML_NOT_A_KEY:
        "baris ini tidak lurus dengan isian di sekitarnya",
        "this line does not line up with the keys around it";
    YAML_INDENT_HINT:
        "isian yang setingkat dimulai pada kolom yang sama; periksa jumlah spasi di awal baris ini dan baris di atasnya",
        "keys of the same level start in the same column; check the spaces at the start of this line and the line above";
    YAML_NOT_AN_ITEM:
        "butir daftar ini tidak lurus dengan butir di atasnya",
        "this list item does not line up with the items above it";
    YAML_ENDS_EARLY:
        "teks berakhir di tengah sebuah nilai",
        "the text ends in the middle of a value";
    YAML_ENDS_EARLY_HINT:
        "tutup setiap `[`, `{` dan tanda kutip yang dibuka",
        "close every `[`, `{` and quote that is opened";
    YAML_BRACKET:
        "tanda kurung di sini tidak lengkap",
        "the brackets here do not match";
    YAML_BRACKET_HINT:
        "pastikan setiap `[` punya `]` dan setiap `{` punya `}`, dengan koma di antara butirnya",
        "check that every `[` has its `]` and every `{` its `}`, with commas between the items";
    YAML_NO_COLON:
        "baris ini bukan `isian: nilai`",
        "this line is not `key: value`";
    YAML_NO_COLON_HINT:
        "tulis setiap isian sebagai `isian: nilai` dalam satu baris; teks yang panjang boleh dilanjutkan di baris bawahnya bila menjorok dua spasi",
        "write each key as `key: value` on one line; a long text may go on below when those lines are indented two spaces";
    YAML_ODD_CHARACTER:
        "warta tidak bisa membaca karakter ini di sini",
        "warta cannot read this character here";
    YAML_ODD_CHARACTER_HINT:
        "apit teks yang diawali karakter seperti `@`, `%` atau tanda petik terbalik dengan tanda kutip",
        "put text that starts with a character such as `@`, `%` or a backtick in quotes";
    YAML_CANNOT_READ:
        "warta tidak bisa membaca baris ini{detail}",
        "warta cannot read this line{detail}";
    YAML_CANNOT_READ_HINT:
        "periksa baris ini: `isian: nilai`, daftar sebagai `[a, b]` atau satu `- butir` per baris, spasi (bukan tab) di awal baris, dan tanda kutip di sekitar teks yang memuat `: ` atau `#`",
        "check this line: `key: value`, lists as `[a, b]` or one `- item` per line, spaces (not tabs) at the start of lines, and quotes around text that contains `: ` or `#`";

    // --- Indonesian words for English values (load/yaml/value_words.rs) ---
    VALUE_WORD_HINT:
        "tulis `{value}` untuk `{written}`: nilai-nilai ini kata bahasa Inggris yang sama di setiap situs, dan halaman menampilkannya dalam bahasa situs. Yang boleh: {allowed}",
        "write `{value}` for `{written}`: these values are English words, the same on every site, and the pages show them in the site's language. Allowed: {allowed}";
    VALUE_WORD_DERIVED_STATUS:
        "status program (akan datang, berlangsung, selesai) mengikuti `start` dan `end`: hapus baris ini. Tulis status hanya untuk membatalkan (`cancelled`) atau menunda (`postponed`)",
        "a program's status as upcoming, ongoing or completed follows from `start` and `end`: remove this line. Write a status only to cancel (`cancelled`) or postpone (`postponed`)";

    // --- reading a file (load/source.rs) ---
    FILE_CANNOT_READ:
        "berkas ini tidak bisa dibaca{detail}",
        "cannot read this file{detail}";
    FILE_CANNOT_READ_HINT:
        "pastikan berkasnya ada dan Anda boleh membacanya",
        "check that the file exists and that you may read it";
    FILE_TOO_BIG:
        "berkas ini lebih besar dari {mib} MiB",
        "this file is larger than {mib} MiB";
    FILE_TOO_BIG_HINT:
        "pecah menjadi beberapa berkas; gambar disimpan di static/",
        "split it into smaller files; images belong in static/";
    FILE_NOT_UTF8:
        "berkas ini bukan teks UTF-8 yang sah",
        "this file is not valid UTF-8 text";
    FILE_NOT_UTF8_HINT:
        "simpan berkas sebagai UTF-8 (di kebanyakan penyunting teks: \"Save with encoding\" > UTF-8)",
        "save the file as UTF-8 (in most editors: \"Save with encoding\" > UTF-8)";

    // --- which files warta may read (load/inputs.rs) ---
    INPUT_OUTSIDE:
        "tautan ini menunjuk ke luar folder situs, ke `{target}` (di luar situs)",
        "this link points outside the site folder, to `{target}`";
    INPUT_OUTSIDE_HINT:
        "warta hanya mengikuti tautan ke berkas di dalam folder situs; salin berkasnya ke dalam situs, jangan ditautkan",
        "warta follows a link only to a file inside the site folder; copy the file into the site instead of linking to it";
    INPUT_NOT_REGULAR:
        "ini bukan berkas biasa",
        "this is not a regular file";
    INPUT_NOT_REGULAR_HINT:
        "warta hanya membaca berkas dan folder biasa; hapus pipe, perangkat atau soket ini",
        "warta reads only ordinary files and folders; remove this pipe, device or socket";
    INPUT_NAME_NOT_UTF8:
        "nama ini bukan teks UTF-8 yang sah",
        "this name is not valid UTF-8 text";
    INPUT_NAME_NOT_UTF8_HINT:
        "ganti namanya dengan huruf dan angka biasa (nama itu menjadi bagian alamat web)",
        "rename it, writing the name in plain letters and digits (the name becomes part of a web address)";
    INPUT_NOT_A_FOLDER:
        "ini seharusnya folder, tetapi berupa berkas (atau tautan yang tidak menuju folder)",
        "this should be a folder, but it is a file (or a link that leads to no folder)";
    INPUT_NOT_A_FOLDER_HINT:
        "jadikan folder dan simpan berkas-berkasnya di dalamnya, atau hapus",
        "make it a folder and put the files in it, or remove it";
    INPUT_LOOP:
        "folder ini menaut kembali ke salah satu folder induknya (tautan berputar)",
        "this folder links back to one of its parents (a symlink loop)";
    INPUT_LOOP_HINT:
        "hapus tautan simbolisnya",
        "remove the symbolic link";
    INPUT_UNREADABLE:
        "berkas atau folder ini tidak bisa dibaca",
        "this file or folder cannot be read";
    INPUT_UNREADABLE_HINT:
        "pastikan berkasnya ada dan Anda boleh membacanya",
        "check that it exists and that you may read it";

    // --- the site's folders and kinds of file (load/mod.rs, load/theme.rs) ---
    SITE_NO_CONTENT:
        "situs ini tidak punya folder `content/`",
        "the site has no `content/` folder";
    SITE_NO_CONTENT_HINT:
        "jalankan warta di folder situs, atau beri `--root FOLDER`; `warta init FOLDER` membuat situs baru",
        "run warta in the site's folder, or pass `--root DIR`; `warta init DIR` makes a new site";
    SITE_RECORD_NAMED_FOLDER:
        "ini folder, tetapi namanya berakhiran `.{ext}` seperti berkas",
        "this is a folder, but its name ends in `.{ext}` like a file";
    SITE_RECORD_NAMED_FOLDER_HINT:
        "berita atau halaman adalah satu berkas `.md`, dan data program atau lembaga satu berkas `.yaml`; jika folder ini memang untuk menyimpan berkas, hapus `.{ext}` dari namanya",
        "a news item or a page is one `.md` file and a record one `.yaml` file; if this folder is meant to hold files, rename it without `.{ext}`";
    SITE_UNKNOWN_FILE:
        "warta tidak tahu harus diapakan berkas ini",
        "warta does not know what to do with this file";
    SITE_UNKNOWN_FILE_RECORD_HINT:
        "data di folder ini adalah berkas yang berakhiran `.yaml` atau `.yml`",
        "records in this folder are files ending in `.yaml` or `.yml`";
    SITE_UNKNOWN_FILE_MARKDOWN_HINT:
        "berita dan halaman adalah berkas Markdown yang berakhiran `.md`",
        "news items and pages are Markdown files ending in `.md`";
    SITE_UNKNOWN_FILE_HINT:
        "content/ berisi folder programs/, news/, pages/ dan organizations/; foto boleh di samping berkasnya (.jpg, .png, .webp), simpan berkas lain di static/, atau awali namanya dengan `_` agar dilewati warta",
        "content/ holds the folders programs/, news/, pages/ and organizations/; photos may sit beside their record (.jpg, .png, .webp), put other files in static/, or start the name with `_` to have warta skip it";
    SITE_NO_THEME:
        "tidak ada tema `{name}`",
        "there is no theme `{name}`";
    SITE_NO_THEME_HINT:
        "buat folder `themes/{name}/templates/`, atau hapus baris `theme:` untuk memakai tema bawaan",
        "create `themes/{name}/templates/`, or remove `theme:` to use the built-in theme";
    SITE_PATH_LEAVES:
        "jalur berkas ini keluar dari folder situs",
        "this file's path leaves the site";
    SITE_PATH_LEAVES_HINT:
        "ganti nama berkas atau folder yang bernama `..`",
        "rename the file or folder named `..`";

    // --- the rest of the slips (load/yaml/twice.rs, shapes.rs, layout.rs) ---
    YAML_KEY_TWICE:
        "isian `{key}` ditulis dua kali: di sini dan di baris {first}",
        "the key `{key}` appears twice: here and on line {first}";
    YAML_KEY_TWICE_HINT:
        "setiap isian hanya boleh ditulis sekali; hapus salah satunya (baris ini atau baris {first})",
        "each key may appear once in a record; remove one of them (this line or line {first})";
    YAML_KEY_TWICE_SOMEWHERE:
        "isian `{key}` ditulis dua kali",
        "the key `{key}` appears twice";
    YAML_KEY_TWICE_SOMEWHERE_HINT:
        "setiap isian hanya boleh ditulis sekali; hapus salah satunya",
        "each key may appear once in a record; remove one of them";
    SHAPE_LIST_FOR_TEXT:
        "`{key}` berisi satu teks, tetapi di sini tertulis daftar",
        "`{key}` takes one text, but a list is written here";
    SHAPE_LIST_FOR_TEXT_HINT:
        "tulis satu teks, tanpa tanda kurung siku atau `- `: `{line}`",
        "write one text, without square brackets or `- `: `{line}`";
    SHAPE_TEXT_FOR_LIST:
        "`{key}` berisi daftar, walau hanya satu butir, tetapi di sini tertulis satu teks",
        "`{key}` takes a list, even of one item, but one text is written here";
    SHAPE_TEXT_FOR_LIST_HINT:
        "apit dengan tanda kurung siku: `{line}`",
        "put it in square brackets: `{line}`";
    // --- photos (issue 17): the one-line form (load/yaml/shapes.rs) ---
    SHAPE_PHOTO_ONE_LINE:
        "isian `{key}` ditulis dalam satu baris, padahal foto perlu keterangan foto (alt)",
        "`{key}` is written on one line, but a photo needs a description (alt)";
    SHAPE_PHOTO_ONE_LINE_HINT:
        "tulis dalam beberapa baris: `{key}:`, di bawahnya `  src: {src}` dan `  alt: apa yang tampak di foto`",
        "write it on lines of its own: `{key}:`, below it `  src: {src}` and `  alt: what the photo shows`";
    SHAPE_PHOTO_ITEM_ONE_LINE_HINT:
        "tulis tiap foto sebagai `- src: {src}` dan di bawahnya `  alt: apa yang tampak di foto`",
        "write each photo as `- src: {src}` with `  alt: what the photo shows` below it";
    LAYOUT_VALUE_BELOW:
        "nilai `{key}` tertulis di baris bawahnya, bukan sesudah titik dua",
        "the value of `{key}` is on the line below it, not after its colon";
    LAYOUT_VALUE_BELOW_HINT:
        "tulis nilainya di baris yang sama dengan isiannya: `{line}`",
        "write the value on the same line as its key: `{line}`";
    LAYOUT_KEY_INDENT:
        "`{key}` tidak lurus dengan `{other}` di baris {line}",
        "`{key}` does not line up with `{other}` on line {line}";
    LAYOUT_KEY_INDENT_HINT:
        "awali baris ini dengan {want} spasi, bukan {have}, agar `{key}` lurus dengan `{other}`",
        "start this line with {want} spaces instead of {have}, so that `{key}` lines up with `{other}`";
    LAYOUT_ITEM_INDENT:
        "butir daftar ini tidak lurus dengan butir di baris {line}",
        "this list item does not line up with the item on line {line}";
    LAYOUT_ITEM_INDENT_HINT:
        "awali baris ini dengan {want} spasi, bukan {have}, agar tanda `-` lurus dengan yang di baris {line}",
        "start this line with {want} spaces instead of {have}, so that its `-` lines up with the one on line {line}";

    // --- the `---` lines around the keys of a news item or page (load/front_matter.rs) ---
    FENCE_MISSING:
        "berkas ini tidak diawali garis `---`",
        "this file does not begin with a `---` line";
    FENCE_MISSING_HINT:
        "tulis `---` di baris pertama, lalu `title: ...` dan isian lainnya, lalu satu baris `---` lagi sebelum isi teksnya",
        "begin the file with a line `---`, then `title: ...` and the other keys, then another `---` before the text";
    FENCE_MISTYPED:
        "garis ini harus tepat tiga tanda minus (`---`), bukan `{written}`",
        "this line should be exactly three dashes (`---`), not `{written}`";
    FENCE_MISTYPED_HINT:
        "tulis `---` saja di baris ini: tiga tanda minus, tanpa apa pun lagi",
        "write just `---` on this line: three dashes and nothing else";
    FENCE_UNCLOSED_BEFORE:
        "isi teks dimulai di sini, tetapi bagian kepala yang dibuka garis `---` di baris 1 belum ditutup",
        "the text starts here, but the keys opened by the `---` on line 1 are never closed";
    FENCE_UNCLOSED_BEFORE_HINT:
        "tambahkan satu baris berisi `---` saja di atas baris ini, sesudah isian terakhir",
        "add a line with just `---` above this line, after the last key";
    FENCE_UNCLOSED:
        "bagian kepala yang dibuka garis `---` di sini tidak pernah ditutup",
        "the keys opened by the `---` here are never closed";
    FENCE_UNCLOSED_HINT:
        "tambahkan satu baris berisi `---` saja sesudah isian terakhir, sebelum isi teksnya",
        "add a line with just `---` after the last key, before the text";
}
