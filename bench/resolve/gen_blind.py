#!/usr/bin/env python3
"""Independent ("blind") synthetic cross-force person records for `sightline resolve`.

Written from issue 4's list of errors and knowledge of UK police and partner data,
WITHOUT reading gen.py or the engine, so that it gives a second, less flattering view of
accuracy. Proportions are deliberately its own: more singletons, bigger houses in multiple
occupation, more namesakes (same common name, same birth year), more burner phones and
moves, Somali/Tigrinya/Afghan naming (patronymics, one name only, 1 January placeholder),
gendered surnames (Kowalski/Kowalska, Novák/Nováková, Kazlauskas/Kazlauskienė),
Albanian definite forms (Arben/Arbeni), Sikh names (Singh, with or without the family
surname), Chinese romanisations, several date and phone formats.

gen_blind.py --records N --seed S --out DIR   → DIR/records.csv, DIR/truth.csv
"""
import argparse
import csv
import os
import random
import unicodedata

# ---------------------------------------------------------------- names per group
# Each name is a list of spellings; the first is the canonical (native) one and the others
# are variants seen in UK records (transliterations, anglicised forms, nicknames).
G = {}

G["GB"] = dict(
    nat=["GB"], weight=16,
    fam=[["Smith"], ["Jones"], ["Williams"], ["Taylor"], ["Brown"], ["Davies", "Davis"], ["Evans"],
         ["Wilson"], ["Thomas"], ["Johnson", "Jonson"], ["Roberts"], ["Walker"], ["Wright"],
         ["Robinson"], ["Thompson", "Thomson"], ["White"], ["Hughes"], ["Edwards"], ["Green", "Greene"],
         ["Hall"], ["Wood"], ["Harris"], ["Lewis"], ["Clarke", "Clark"], ["Turner"], ["McDonald", "MacDonald", "Mc Donald"],
         ["O'Brien", "OBrien", "O Brien"], ["Smith-Jones", "Smith Jones", "Jones"], ["Kelly"], ["Murphy"]],
    fam_w=[30, 14, 12, 10, 8, 7, 6, 6, 6, 6, 5, 5, 5, 4, 4, 4, 4, 4, 3, 3, 3, 3, 3, 3, 3, 2, 2, 1, 3, 3],
    m=[["William", "Bill", "Will", "Billy", "Liam"], ["Robert", "Rob", "Bob", "Bobby", "Robbie"],
       ["James", "Jim", "Jimmy", "Jamie"], ["Michael", "Mike", "Mick", "Micky"], ["Christopher", "Chris", "Kristopher"],
       ["Daniel", "Dan", "Danny"], ["Thomas", "Tom", "Tommy"], ["Anthony", "Tony", "Antony"],
       ["Stephen", "Steven", "Steve"], ["Joseph", "Joe"], ["Richard", "Rich", "Richie"], ["Jonathan", "Jon", "Johnathan"],
       ["Matthew", "Matt"], ["David", "Dave"], ["Andrew", "Andy", "Drew"], ["Jack"], ["Connor", "Conor"], ["Kyle"]],
    f=[["Elizabeth", "Liz", "Beth", "Lizzie", "Elisabeth"], ["Margaret", "Maggie", "Peggy"],
       ["Katherine", "Kate", "Katie", "Catherine", "Kathryn"], ["Jennifer", "Jen", "Jenny"], ["Rebecca", "Becky", "Becca"],
       ["Victoria", "Vicky", "Vikki"], ["Samantha", "Sam", "Sammy"], ["Jessica", "Jess"], ["Chloe"], ["Sophie", "Sophia"],
       ["Emma"], ["Amy", "Aimee"], ["Shannon"], ["Danielle", "Dani"], ["Stacey", "Stacy"]],
)
G["RO"] = dict(
    nat=["RO"], weight=12,
    fam=[["Popescu"], ["Ionescu"], ["Popa"], ["Pop"], ["Radu"], ["Dumitru"], ["Stan"], ["Stoica"], ["Gheorghe", "Gheorghiu"],
         ["Rusu"], ["Munteanu"], ["Constantin"], ["Șerban", "Şerban", "Serban"], ["Lungu"], ["Ciobanu"],
         ["Țurcanu", "Ţurcanu", "Turcanu"], ["Bălan", "Balan"], ["Mocanu"], ["Căldăraru", "Caldararu"], ["Stănescu", "Stanescu"]],
    fam_w=[25, 8, 10, 8, 6, 6, 5, 4, 4, 4, 4, 4, 3, 3, 3, 2, 3, 2, 2, 2],
    m=[["Ion", "Ioan", "Ionel"], ["Ionuț", "Ionut", "Ionuţ"], ["Andrei", "Andrey"], ["Alexandru", "Alex", "Alexander", "Sandu"],
       ["Mihai", "Mihail", "Michael"], ["Gheorghe", "George", "Gigel"], ["Constantin", "Costel", "Costi", "Costica"],
       ["Florin", "Florian"], ["Marian", "Marius"], ["Nicolae", "Nicu", "Nicolai"], ["Vasile", "Vasilică"],
       ["Ștefan", "Stefan", "Ştefan"], ["Cătălin", "Catalin"], ["Adrian"], ["Daniel", "Dani"], ["Gabriel", "Gabi"]],
    f=[["Maria"], ["Elena", "Ileana"], ["Ioana", "Ionela"], ["Andreea", "Andrea"], ["Mihaela", "Mihaila"],
       ["Cristina", "Cristi"], ["Florentina", "Florina"], ["Gabriela", "Gabi"], ["Alexandra", "Alexa"],
       ["Nicoleta", "Nicole"], ["Ana-Maria", "Ana Maria", "Anamaria"], ["Roxana"], ["Denisa", "Denise"], ["Larisa", "Larissa"]],
)
G["PL"] = dict(
    nat=["PL"], weight=8, gendered="pl",
    fam=[["Kowalski"], ["Nowak"], ["Wiśniewski", "Wisniewski"], ["Wójcik", "Wojcik"], ["Kowalczyk"],
         ["Kamiński", "Kaminski"], ["Lewandowski"], ["Zieliński", "Zielinski"], ["Szymański", "Szymanski"],
         ["Woźniak", "Wozniak"], ["Dąbrowski", "Dabrowski"], ["Kozłowski", "Kozlowski"], ["Mazur"], ["Jankowski"],
         ["Krawczyk"], ["Grabowski"]],
    fam_w=[22, 15, 8, 7, 6, 6, 5, 4, 4, 4, 4, 4, 4, 3, 3, 3],
    m=[["Piotr", "Peter", "Piotrek"], ["Krzysztof", "Krzys", "Christopher", "Kris"], ["Andrzej", "Andrew"],
       ["Tomasz", "Tomek", "Thomas"], ["Paweł", "Pawel", "Paul"], ["Michał", "Michal", "Michael"], ["Marcin"],
       ["Łukasz", "Lukasz", "Luke"], ["Jakub", "Kuba", "Jacob"], ["Grzegorz", "Grzes", "Greg"], ["Aleksander", "Olek", "Alexander"],
       ["Mateusz", "Matthew", "Mati"], ["Wojciech", "Wojtek"], ["Kamil"], ["Dariusz", "Darek"]],
    f=[["Katarzyna", "Kasia", "Kate"], ["Małgorzata", "Malgorzata", "Gosia", "Margaret"], ["Agnieszka", "Aga", "Agnes"],
       ["Joanna", "Asia", "Joanne"], ["Magdalena", "Magda"], ["Aleksandra", "Ola", "Alexandra"], ["Anna", "Ania", "Ann"],
       ["Monika", "Monica"], ["Justyna"], ["Ewa", "Eva"], ["Dorota"], ["Natalia", "Natalie"]],
)
G["CZ"] = dict(
    nat=["CZ", "SK"], weight=5, gendered="cz",
    fam=[["Horváth", "Horvath", "Horvat"], ["Baláž", "Balaz", "Balazs"], ["Lakatoš", "Lakatos"], ["Kováč", "Kovac", "Kovach"],
         ["Oláh", "Olah"], ["Novák", "Novak"], ["Dvořák", "Dvorak"], ["Svoboda"], ["Černý", "Cerny"], ["Procházka", "Prochazka"],
         ["Gábor", "Gabor"], ["Dužda", "Duzda"], ["Kotlár", "Kotlar"]],
    fam_w=[20, 10, 8, 8, 6, 8, 4, 4, 3, 3, 5, 3, 3],
    m=[["Jiří", "Jiri", "Jirka", "George"], ["Jan", "Honza", "John"], ["Petr", "Peter"], ["Pavel", "Paul"], ["Tomáš", "Tomas"],
       ["Martin"], ["Lukáš", "Lukas"], ["Marek"], ["Ján", "Jan", "Janko"], ["Ladislav", "Laco"], ["Milan"], ["Róbert", "Robert"]],
    f=[["Jana"], ["Petra"], ["Lucie", "Lucia"], ["Veronika", "Veronica"], ["Zuzana", "Zuzka", "Susanna"], ["Monika"],
       ["Denisa"], ["Vanesa", "Vanessa"], ["Nikola", "Nikolka"], ["Renáta", "Renata"]],
)
G["AL"] = dict(
    nat=["AL", "XK"], weight=8, albanian=True,
    fam=[["Hoxha", "Hodja", "Hoxa"], ["Shehu"], ["Gashi"], ["Berisha"], ["Krasniqi", "Krasniqui", "Krasnici"], ["Dervishi"],
         ["Leka"], ["Kola"], ["Marku"], ["Prifti"], ["Hysa"], ["Çela", "Cela", "Chela"], ["Dushku"], ["Lleshi", "Leshi"],
         ["Bajrami", "Bajram"], ["Rama"], ["Mëhilli", "Mehilli"]],
    fam_w=[10, 8, 8, 8, 7, 5, 5, 5, 5, 4, 4, 4, 3, 3, 4, 5, 2],
    m=[["Arben"], ["Besnik"], ["Dritan"], ["Ermal"], ["Gentian", "Genti"], ["Klodian", "Klodi"], ["Erion"], ["Arjan"],
       ["Fatmir"], ["Bledar"], ["Altin"], ["Ilir"], ["Endrit"], ["Sokol"], ["Artan"], ["Elvis"], ["Mërgim", "Mergim"]],
    f=[["Elira"], ["Anila"], ["Blerta"], ["Mirela"], ["Arta"], ["Fjolla", "Fjola"], ["Klea"], ["Ardita"], ["Ëndrina", "Endrina"]],
)
G["VN"] = dict(
    nat=["VN"], weight=10, vietnamese=True,
    fam=[["Nguyễn", "Nguyen", "Nguyen", "Ngyuen", "Nguen"], ["Trần", "Tran"], ["Lê", "Le"], ["Phạm", "Pham"],
         ["Hoàng", "Hoang", "Huang"], ["Huỳnh", "Huynh"], ["Phan"], ["Vũ", "Vu"], ["Võ", "Vo"], ["Đặng", "Dang"],
         ["Bùi", "Bui"], ["Đỗ", "Do"], ["Hồ", "Ho"], ["Ngô", "Ngo"], ["Dương", "Duong"], ["Lý", "Ly"]],
    fam_w=[40, 11, 9, 7, 5, 4, 4, 4, 3, 3, 3, 3, 3, 2, 2, 2],
    m=[["Minh"], ["Hùng", "Hung"], ["Dũng", "Dung"], ["Tuấn", "Tuan"], ["Long"], ["Nam"], ["Hải", "Hai"], ["Quang"],
       ["Đức", "Duc"], ["Thành", "Thanh"], ["Phúc", "Phuc"], ["Khánh", "Khanh"], ["Bảo", "Bao"], ["Huy"]],
    f=[["Thảo", "Thao"], ["Linh"], ["Hương", "Huong"], ["Lan"], ["Mai"], ["Trang"], ["Hoa"], ["Ngọc", "Ngoc"],
       ["Nhung"], ["Thủy", "Thuy", "Thuỷ"], ["Hằng", "Hang"], ["Yến", "Yen"]],
    mid_m=["Văn", "Đức", "Minh", "Quốc", "Hữu"], mid_f=["Thị", "Ngọc", "Thu", "Kim"],
)
G["CN"] = dict(
    nat=["CN"], weight=3, chinese=True,
    fam=[["Wang", "Wong"], ["Li", "Lee"], ["Zhang", "Chang", "Cheung"], ["Liu", "Lau"], ["Chen", "Chan"], ["Yang", "Yeung"],
         ["Huang", "Wong"], ["Zhao", "Chiu"], ["Wu", "Ng"], ["Zhou", "Chow"], ["Lin", "Lam"]],
    fam_w=[12, 12, 10, 7, 8, 5, 4, 3, 3, 3, 3],
    m=[["Wei"], ["Jie"], ["Lei"], ["Hao"], ["Jun"], ["Xiaoming", "Xiao Ming", "Xiao-Ming"], ["Jianguo", "Jian Guo"],
       ["Zhiwei", "Zhi Wei", "Chi Wai"], ["Yong"]],
    f=[["Yan"], ["Hui"], ["Jing", "Ching"], ["Na"], ["Xiaoli", "Xiao Li", "Siu Lei"], ["Mei", "May"], ["Ying"],
       ["Lili", "Li Li"], ["Fang"]],
)
G["ER"] = dict(
    nat=["ER", "ET"], weight=6, patronymic=True, placeholder=0.35,
    fam=[["Tesfaye", "Tesfay", "Tesfai", "Tesfaj"], ["Haile", "Hailu", "Hayle"], ["Gebremedhin", "Gebre Medhin", "G/Medhin", "Ghebremedhin"],
         ["Gebreyesus", "Gebre-Yesus", "Ghebreyesus"], ["Kidane", "Kidan"], ["Berhane", "Berhe", "Brhane"],
         ["Tekle", "Teklay", "Teklai"], ["Mehari", "Mehary"], ["Yohannes", "Yohanes", "Johannes"], ["Mebrahtu", "Mebrahtom"],
         ["Tesfamariam", "Tesfa Mariam", "Tesfamaryam"], ["Ghebrehiwet", "Gebrehiwet", "Gebre Hiwot"], ["Asmerom"], ["Habte", "Habtom"],
         ["Woldemariam", "Wolde Mariam", "Weldemariam"], ["Tsegaye", "Tsegay", "Tsegai"]],
    fam_w=[8, 8, 6, 5, 5, 6, 5, 5, 6, 4, 4, 3, 3, 4, 3, 4],
    m=[["Abraham", "Abrham", "Abrehem"], ["Semere", "Semer"], ["Filmon", "Filimon"], ["Robel"], ["Yonas", "Yonatan", "Jonas"],
       ["Dawit", "Dawid", "David"], ["Mulugeta"], ["Tesfaye", "Tesfay"], ["Yosief", "Yosef", "Yoseph"], ["Mikiele", "Mikael", "Michael"],
       ["Henok", "Enoch"], ["Biniam", "Biniyam", "Binyam"], ["Daniel"]],
    f=[["Senait", "Senayt", "Senaid"], ["Helen", "Helena"], ["Selam", "Selamawit"], ["Meron"], ["Tigist", "Tigisti"],
       ["Meseret"], ["Hiwot", "Hewan"], ["Saba"], ["Winta", "Wintana"], ["Luwam", "Luam"], ["Rahel", "Rachel"], ["Yordanos", "Yordi"]],
)
G["SO"] = dict(
    nat=["SO"], weight=5, patronymic=True, placeholder=0.3,
    fam=[["Mohamed", "Maxamed", "Mohammed", "Mohamud", "Mahamed"], ["Abdi", "Cabdi"], ["Ahmed", "Axmed", "Ahmad"],
         ["Hassan", "Xasan", "Hasan"], ["Ali", "Cali"], ["Omar", "Cumar", "Umar"], ["Yusuf", "Yousuf", "Yusef"],
         ["Abdullahi", "Cabdullaahi", "Abdulahi"], ["Farah", "Faarax"], ["Warsame"], ["Hussein", "Xuseen", "Hussain"],
         ["Osman", "Cismaan", "Othman"], ["Jama", "Jaamac"], ["Aden", "Aadan", "Adan"], ["Ismail", "Ismaaciil", "Ismael"]],
    fam_w=[25, 10, 10, 9, 9, 6, 5, 6, 5, 3, 5, 4, 3, 4, 3],
    m=[["Mohamed", "Maxamed", "Mohammed"], ["Abdirahman", "Cabdiraxmaan", "Abdi Rahman", "Abdurahman"], ["Ahmed", "Axmed"],
       ["Abdullahi", "Abdulahi"], ["Hassan", "Xasan"], ["Liban", "Libaan"], ["Mustafe", "Mustafa"], ["Ibrahim", "Ibraahim"],
       ["Khalid", "Khaalid", "Khaled"], ["Bashir", "Bashiir"]],
    f=[["Hawa", "Xawo", "Hawo"], ["Fadumo", "Faduma", "Fatuma", "Fadumo"], ["Khadija", "Khadra", "Khadiija"], ["Amina", "Aamina"],
       ["Sahra", "Saxra", "Sahro"], ["Hodan"], ["Ayaan", "Ayan"], ["Nimco", "Nimo"], ["Ifrah", "Ifra"], ["Sagal"]],
)
G["KU"] = dict(
    nat=["IQ", "IR", "SY", "TR"], weight=5, placeholder=0.2,
    fam=[["Mohammed", "Mohammad", "Muhammad", "Mohamad"], ["Hussein", "Husain", "Hussain", "Hossein"], ["Rashid", "Rasheed"],
         ["Karim", "Kareem", "Kerim"], ["Aziz", "Azeez"], ["Othman", "Osman", "Uthman"], ["Qadir", "Kadir", "Kader", "Qader"],
         ["Abdullah", "Abdulla", "Abdalla"], ["Rahman", "Rehman"], ["Mahmoud", "Mahmood", "Mahmud"], ["Ahmadi", "Ahmedi"],
         ["Salih", "Saleh", "Salah"], ["Hama", "Hamma"], ["Faraj", "Faraj"]],
    fam_w=[15, 10, 6, 6, 5, 6, 6, 6, 5, 6, 4, 4, 3, 3],
    m=[["Karwan", "Karwan"], ["Rebwar", "Rebwar", "Ribwar"], ["Hawkar", "Hawker"], ["Dilshad", "Dilshaad"], ["Shivan", "Shvan", "Shivan"],
       ["Kawa", "Kaawa"], ["Sherzad", "Sherzad", "Shirzad"], ["Bakhtiyar", "Bakhtiar", "Baxtiyar"], ["Zana"], ["Aram"],
       ["Hemin", "Hemn"], ["Rekan", "Reikan"], ["Ahmed", "Ahmad"], ["Ali"], ["Omid", "Umed"]],
    f=[["Shilan"], ["Shirin", "Sheereen"], ["Nasrin", "Nasreen"], ["Jwan", "Juan", "Zhwan"], ["Avin", "Aveen"], ["Dilan"],
       ["Rezan"], ["Hana", "Hanna"]],
)
G["AF"] = dict(
    nat=["AF"], weight=5, placeholder=0.5, single_name=0.2,
    fam=[["Ahmadi", "Ahmady"], ["Mohammadi", "Mohammady", "Muhammadi"], ["Rahimi", "Rahemi"], ["Hussaini", "Husseini", "Hosseini"],
         ["Noori", "Nuri", "Noorai"], ["Sultani"], ["Haidari", "Haideri", "Heydari", "Haidary"], ["Karimi", "Kareemi"],
         ["Rezaei", "Rezai", "Rezayi"], ["Sadat", "Saadat"], ["Popal"], ["Stanikzai", "Stanekzai"], ["Wardak"], ["Khan"],
         ["Safi"], ["Amiri", "Ameri"]],
    fam_w=[10, 8, 6, 6, 5, 4, 5, 5, 5, 3, 3, 3, 3, 10, 3, 4],
    m=[["Mohammad", "Mohammed", "Muhammad", "Mohamad"], ["Ahmad", "Ahmed"], ["Ali"], ["Hamid", "Hameed"],
       ["Jawad", "Javad"], ["Mustafa", "Mostafa"], ["Sayed", "Said", "Sayyid", "Syed"], ["Zabiullah", "Zabihullah", "Zabi"],
       ["Naqibullah", "Naqib"], ["Rahmatullah", "Rahmat"], ["Hekmatullah", "Hikmatullah"], ["Shafiq", "Shafeeq"],
       ["Farid", "Fareed"], ["Wahid", "Waheed"], ["Abdul Rahman", "Abdulrahman", "Abdul-Rahman"], ["Abdul Wali", "Abdulwali"]],
    f=[["Fatima", "Fatema"], ["Zahra", "Zohra"], ["Maryam", "Mariam"], ["Nazanin"], ["Parwana", "Parvana"], ["Marzia", "Marziya"]],
)
G["AR"] = dict(
    nat=["SD", "EG", "LY", "SY", "IQ"], weight=5, arab=True, placeholder=0.25,
    fam=[["Al-Hassan", "Alhassan", "Al Hassan", "El-Hassan", "Hassan"], ["Osman", "Othman", "Uthman"], ["Ibrahim", "Ebrahim"],
         ["Adam", "Adem"], ["Abdalla", "Abdallah", "Abdullah"], ["Salih", "Saleh"], ["El-Tayeb", "Eltayeb", "Al-Tayeb", "Tayeb"],
         ["El Sayed", "Elsayed", "Al-Sayed", "Sayed"], ["Abdelrahman", "Abdulrahman", "Abd El Rahman", "Abdul Rahman"],
         ["Al-Amin", "Alamin", "El Amin", "Amin"], ["Mahmoud", "Mahmud"], ["Mustafa", "Moustafa"], ["Al-Khatib", "Alkhatib", "Khatib"],
         ["Haddad"], ["Yousef", "Youssef", "Yusuf"]],
    fam_w=[8, 8, 8, 6, 7, 5, 4, 5, 5, 5, 5, 4, 3, 3, 4],
    m=[["Mohammed", "Mohamed", "Muhammad", "Mohamad", "Mohammad"], ["Ahmed", "Ahmad"], ["Omar", "Umar"],
       ["Yousef", "Yusuf", "Youssef", "Joseph"], ["Khaled", "Khalid"], ["Mahmoud", "Mahmud"], ["Mustafa", "Moustafa", "Mostafa"],
       ["Ibrahim", "Ebrahim"], ["Osama", "Usama"], ["Tariq", "Tarek", "Tareq"], ["Hussein", "Husain", "Hussain"],
       ["Abdelrahman", "Abdulrahman", "Abdel Rahman"], ["Ali"], ["Hamza", "Hamzah"]],
    f=[["Fatima", "Fatma", "Fatimah"], ["Aisha", "Aysha", "Ayesha"], ["Mariam", "Maryam", "Miriam"], ["Nour", "Noor", "Nur"],
       ["Rana"], ["Huda", "Hoda"], ["Salma", "Selma"], ["Amal"]],
)
G["SI"] = dict(
    nat=["IN", "GB"], weight=4, sikh=True,
    fam=[["Sandhu"], ["Gill"], ["Dhillon"], ["Sidhu"], ["Grewal"], ["Bains"], ["Johal"], ["Atwal"]],
    fam_w=[6, 6, 5, 5, 3, 3, 3, 2],
    m=[["Gurpreet"], ["Harpreet"], ["Jaspreet", "Jaspret"], ["Manpreet"], ["Amandeep", "Amandip"], ["Harjit", "Harjeet"],
       ["Kuldeep", "Kuldip"], ["Sukhwinder", "Sukhvinder"], ["Balwinder", "Balvinder"], ["Ranjit", "Ranjeet"]],
    f=[["Gurpreet"], ["Harpreet"], ["Manpreet"], ["Jaspreet"], ["Amandeep"], ["Rajinder", "Rajwinder"], ["Simran"], ["Navdeep", "Navdip"]],
)
G["PK"] = dict(
    nat=["PK", "GB", "BD"], weight=3,
    fam=[["Khan"], ["Ahmed", "Ahmad"], ["Hussain", "Hussein", "Husain"], ["Ali"], ["Iqbal"], ["Akhtar", "Akhter"],
         ["Mahmood", "Mehmood", "Mahmud"], ["Butt", "Bhatt"], ["Raja"], ["Rahman", "Rehman"], ["Miah", "Mia"], ["Begum"]],
    fam_w=[14, 10, 10, 8, 5, 5, 5, 4, 3, 5, 4, 4],
    m=[["Muhammad", "Mohammed", "Mohammad", "Muhammed"], ["Imran"], ["Asif", "Asaf"], ["Tariq", "Tarik"], ["Bilal"],
       ["Usman", "Osman"], ["Zeeshan", "Zishan"], ["Adnan"], ["Muhammad Ali", "Mohammed Ali", "M Ali"]],
    f=[["Ayesha", "Aisha"], ["Fatima", "Fatimah"], ["Sana"], ["Nadia"], ["Saima"], ["Rukhsana", "Ruksana"], ["Shazia"]],
)
G["NG"] = dict(
    nat=["NG"], weight=2,
    fam=[["Okafor"], ["Okoro"], ["Adeyemi"], ["Ogunleye"], ["Olawale"], ["Eze"], ["Okonkwo"], ["Adebayo"], ["Ibrahim"]],
    fam_w=[5, 4, 4, 3, 3, 4, 3, 3, 3],
    m=[["Chukwuemeka", "Emeka"], ["Oluwaseun", "Seun"], ["Adebayo", "Bayo"], ["Oluwatobi", "Tobi"], ["Godwin"], ["Chinedu", "Chinedum"],
       ["Olumide", "Mide"]],
    f=[["Chidinma", "Dinma"], ["Ngozi"], ["Blessing"], ["Precious"], ["Oluwakemi", "Kemi"], ["Folake", "Fola"], ["Adaeze", "Ada"]],
)
G["EE"] = dict(
    nat=["UA", "LT", "LV", "RU", "MD"], weight=5, gendered="lt",
    fam=[["Kovalenko"], ["Shevchenko", "Schevchenko", "Ševčenko"], ["Bondarenko"], ["Melnyk", "Melnik"], ["Tkachenko", "Tkatchenko"],
         ["Ivanov"], ["Petrov"], ["Kazlauskas"], ["Jankauskas"], ["Petrauskas"], ["Bērziņš", "Berzins"], ["Rusu"]],
    fam_w=[5, 5, 4, 4, 3, 6, 5, 5, 4, 4, 3, 3],
    m=[["Aleksandr", "Alexander", "Oleksandr", "Sasha", "Alexandr", "Aleksander"], ["Dmitri", "Dmitry", "Dmytro", "Dima"],
       ["Sergei", "Sergey", "Serhiy", "Serghei"], ["Vladimir", "Volodymyr", "Vova", "Volodya"], ["Yevgeny", "Evgeny", "Evgeniy", "Zhenya"],
       ["Tomas"], ["Mantas"], ["Darius"], ["Andrejs", "Andrey", "Andrii"], ["Mikhail", "Mykhailo", "Misha"]],
    f=[["Natalia", "Natalya", "Natasha", "Nataliya"], ["Ekaterina", "Yekaterina", "Katya", "Kateryna"], ["Olga", "Olha"],
       ["Svetlana", "Sveta"], ["Julia", "Yulia", "Iuliia"], ["Oksana"], ["Irina", "Iryna"], ["Viktorija", "Viktoria", "Vika"]],
)

TOWNS = [("London", ["E", "N", "SE", "SW", "NW", "W", "EC", "IG", "RM", "HA", "UB", "CR"]), ("Luton", ["LU"]),
         ("Birmingham", ["B"]), ("Manchester", ["M"]), ("Leeds", ["LS"]), ("Bradford", ["BD"]), ("Peterborough", ["PE"]),
         ("Leicester", ["LE"]), ("Nottingham", ["NG"]), ("Sheffield", ["S"]), ("Glasgow", ["G"]), ("Cardiff", ["CF"]),
         ("Slough", ["SL"]), ("Southampton", ["SO"]), ("Bristol", ["BS"]), ("Coventry", ["CV"]), ("Wolverhampton", ["WV"]),
         ("Boston", ["PE"]), ("Wisbech", ["PE"]), ("Derby", ["DE"]), ("Stoke-on-Trent", ["ST"]), ("Hull", ["HU"])]
STREETS = ["High", "Church", "Station", "Victoria", "Park", "London", "Queens", "Kings", "Albert", "Green", "Manor", "Mill",
           "Grange", "Stanley", "Windsor", "York", "Springfield", "Chapel", "North", "South", "Alexandra", "Cromwell",
           "Elm", "Oak", "Beech", "Hawthorn", "Wellington", "Clarence", "Cambridge", "Oxford", "Whitehall", "Dunstable"]
STYPES = [("Road", ["Rd", "Rd.", "road", "RD"]), ("Street", ["St", "St.", "Str", "street"]), ("Avenue", ["Ave", "Av", "Avenue"]),
          ("Lane", ["Ln", "Lane"]), ("Close", ["Cl", "Close"]), ("Drive", ["Dr", "Drive"]), ("Gardens", ["Gdns", "Gardens"]),
          ("Terrace", ["Terr", "Ter"]), ("Crescent", ["Cres", "Crescent"]), ("Way", ["Way"])]

FOREIGN_CC = {"RO": "40", "PL": "48", "CZ": "420", "SK": "421", "AL": "355", "XK": "383", "VN": "84", "CN": "86", "UA": "380",
              "LT": "370", "LV": "371", "RU": "7", "MD": "373", "NG": "234", "IN": "91", "PK": "92", "BD": "880",
              "IQ": "964", "IR": "98", "SY": "963", "TR": "90", "ER": "291", "ET": "251", "SO": "252", "AF": "93",
              "SD": "249", "EG": "20", "LY": "218"}

KEYB = {c: n for c, n in zip("qwertyuiopasdfghjklzxcvbnm",
                             ["wa", "qes", "wrd", "etf", "ryg", "tuh", "yij", "uok", "ipl", "ol", "qsz", "awdx", "sefc", "drgv",
                              "fthb", "gyjn", "hukm", "jil", "kop", "asx", "zsdc", "xdfv", "cfgb", "vghn", "bhjm", "njk"])}
OCR = [("rn", "m"), ("m", "rn"), ("cl", "d"), ("li", "h"), ("e", "c"), ("a", "o"), ("n", "h"), ("u", "v"), ("i", "l"), ("h", "b")]
DIGIT_OCR = {"0": "O", "1": "I", "5": "S", "8": "B", "2": "Z"}


def strip_diacritics(s):
    s = s.replace("Đ", "D").replace("đ", "d").replace("Ł", "L").replace("ł", "l")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def typo(r, s):
    if len(s) < 3:
        return s
    k = r.random()
    i = r.randrange(1, len(s) - 1)
    if k < 0.3:  # keyboard neighbour
        c = s[i].lower()
        if c in KEYB:
            n = r.choice(KEYB[c])
            return s[:i] + (n.upper() if s[i].isupper() else n) + s[i + 1:]
        return s
    if k < 0.5:  # transposition
        return s[:i] + s[i + 1] + s[i] + s[i + 2:]
    if k < 0.65:  # deletion
        return s[:i] + s[i + 1:]
    if k < 0.8:  # doubling
        return s[:i] + s[i] + s[i:]
    for a, b in r.sample(OCR, len(OCR)):  # OCR confusion
        j = s.find(a, 1)
        if j > 0:
            return s[:j] + b + s[j + len(a):]
    return s


def wpick(r, items, weights):
    return r.choices(items, weights=weights, k=1)[0]


# ---------------------------------------------------------------- people
class Person:
    pass


def gendered(group, fam, sex):
    g = G[group].get("gendered")
    if not g or sex != "F":
        return fam
    out = []
    for f in fam:
        if g == "pl" and f.endswith("ski"):
            out.append(f[:-1] + "a")
        elif g == "pl" and f.endswith("ński"):
            out.append(f[:-1] + "a")
        elif g == "cz":
            base = f
            if base.endswith("ý"):
                out.append(base[:-1] + "á")
            elif base.endswith("y"):
                out.append(base[:-1] + "a")
            else:
                out.append(base + ("ová" if not base.isascii() else "ova"))
        elif g == "lt" and f.endswith("as"):
            out.append(f[:-2] + "ienė")
            out.append(f[:-2] + "iene")
        elif g == "lt" and f.endswith("ov"):
            out.append(f + "a")
        elif g == "lt" and f.endswith("ko"):
            out.append(f)
        else:
            out.append(f)
    return out


def new_address(r, town_i=None):
    ti = town_i if town_i is not None else r.randrange(len(TOWNS))
    town, areas = TOWNS[ti]
    area = r.choice(areas)
    pc = f"{area}{r.randint(1, 28)} {r.randint(1, 9)}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}"
    st = r.randrange(len(STREETS))
    ty = r.randrange(len(STYPES))
    num = r.randint(1, 240)
    flat = r.choice([None, None, None, r.randint(1, 12), r.choice("ABCD")])
    return dict(town=town, pc=pc, street=STREETS[st], stype=ty, num=num, flat=flat)


def new_uk_mobile(r):
    return "7" + "".join(str(r.randrange(10)) for _ in range(9))


def new_foreign(r, nat):
    cc = FOREIGN_CC.get(nat, "40")
    return (cc, "".join(str(r.randrange(10)) for _ in range(9)))


def new_id(r, nat):
    k = r.random()
    if k < 0.35:  # National Insurance number
        return "".join(r.choice("ABCEGHJKLMNPRSTWXYZ") for _ in range(2)) + "".join(str(r.randrange(10)) for _ in range(6)) + r.choice("ABCD")
    if k < 0.75:  # passport
        return r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + "".join(str(r.randrange(10)) for _ in range(8))
    return "".join(str(r.randrange(10)) for _ in range(9 if nat != "RO" else 13))  # national ID / Home Office ref


def make_person(r, pid, group, sex=None, fam_idx=None, dob=None, addr=None, phone=None, nat=None):
    g = G[group]
    p = Person()
    p.pid = pid
    p.group = group
    p.sex = sex or r.choice("MF")
    p.nat = nat or r.choice(g["nat"])
    fi = fam_idx if fam_idx is not None else g["fam"].index(wpick(r, g["fam"], g["fam_w"]))
    p.fam_idx = fi
    p.fam = gendered(group, g["fam"][fi], p.sex)
    p.given = r.choice(g["m"] if p.sex == "M" else g["f"])
    p.middle = None
    if g.get("vietnamese"):
        p.middle = r.choice(g["mid_m"] if p.sex == "M" else g["mid_f"])
    if g.get("patronymic") and r.random() < 0.4:
        p.grand = wpick(r, g["fam"], g["fam_w"])  # grandfather's name, sometimes recorded as family name
    else:
        p.grand = None
    p.single_name = r.random() < g.get("single_name", 0.0)
    if dob is None:
        age = int(min(70, max(14, r.gauss(29, 9))))
        y = 2026 - age
        dob = (y, r.randint(1, 12), r.randint(1, 28))
    p.dob = dob
    p.addr = addr or new_address(r)
    p.phone = phone if phone is not None else (("44", new_uk_mobile(r)) if p.nat == "GB" or r.random() < 0.8 else new_foreign(r, p.nat))
    p.email = None
    if r.random() < 0.45:
        base = strip_diacritics(p.given[0]).lower().replace(" ", "") + r.choice([".", "_", "", ""]) + strip_diacritics(p.fam[0]).lower().replace(" ", "").replace("'", "")
        p.email = base + r.choice(["", str(r.randint(1, 99)), str(dob[0])[2:], str(dob[0])]) + "@" + r.choice(
            ["gmail.com", "gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "yahoo.ro", "wp.pl", "mail.ru", "icloud.com"])
    p.id = new_id(r, p.nat) if r.random() < 0.6 else None
    p.placeholder = r.random() < g.get("placeholder", 0.05)
    return p


# ---------------------------------------------------------------- one record of a person
def fmt_name(r, p, quality):
    g = G[p.group]
    given = p.given[0]
    fam = p.fam[0]
    # variant spellings / nicknames / transliterations
    if len(p.given) > 1 and r.random() < 0.35:
        given = r.choice(p.given[1:])
    if len(p.fam) > 1 and r.random() < 0.3:
        fam = r.choice(p.fam[1:])
    if g.get("gendered") and p.sex == "F" and r.random() < 0.12:
        fam = G[p.group]["fam"][p.fam_idx][0]  # masculine/base form recorded for a woman
    if g.get("albanian") and r.random() < 0.15:
        given = given + ("i" if not given.endswith(("a", "i")) else "")  # definite form: Arben -> Arbeni
    if g.get("sikh"):
        k = r.random()
        if p.sex == "M":
            fam = fam if k < 0.4 else ("Singh" if k < 0.8 else "Singh " + fam)
        else:
            fam = fam if k < 0.4 else ("Kaur" if k < 0.8 else "Kaur " + fam)
    if g.get("vietnamese"):
        k = r.random()
        if k < 0.35:
            given = p.middle + " " + given
        elif k < 0.45:
            fam = fam + " " + p.middle  # middle name put with the family name
    if g.get("patronymic") and p.grand and r.random() < 0.2:
        fam = fam + " " + r.choice(p.grand)  # father + grandfather
    if g.get("arab") and r.random() < 0.2:
        given = given + " " + r.choice(r.choice(G["AR"]["m"]))  # father's name added as a middle name
    if p.single_name:
        if r.random() < 0.6:
            fam = ""
        else:
            fam = "Unknown" if r.random() < 0.3 else fam
    # diacritics: most UK systems lose them
    if r.random() < (0.75 if quality < 0.5 else 0.5):
        given, fam = strip_diacritics(given), strip_diacritics(fam)
    # typos
    if r.random() < 0.05 + 0.1 * quality:
        if r.random() < 0.5:
            given = typo(r, given)
        else:
            fam = typo(r, fam)
    # initial only
    if r.random() < 0.04:
        given = given[0] + r.choice(["", "."])
    # order swap (Chinese/Vietnamese much more often)
    swap = 0.25 if (g.get("vietnamese") or g.get("chinese")) else 0.06
    if r.random() < swap:
        given, fam = fam, given
    # both in one field
    if r.random() < 0.02:
        given, fam = given + " " + fam, ""
    # case
    k = r.random()
    if k < 0.3:
        given, fam = given.upper(), fam.upper()
    elif k < 0.35:
        given, fam = given.lower(), fam.lower()
    if r.random() < 0.02:
        given = " " + given + " "
    if r.random() < 0.015:
        given = ""
    return given, fam


def fmt_dob(r, p, quality):
    y, m, d = p.dob
    if p.placeholder and r.random() < 0.7:
        # true date unknown: 1 January of an estimated year
        return f"{y + r.choice([0, 0, 0, -1, 1, -2, 2])}-01-01"
    k = r.random()
    miss = 0.08 + 0.15 * quality
    if k < miss:
        return ""
    k = r.random()
    if k < 0.06:
        return f"{y}"
    if k < 0.09:
        return f"{y + r.choice([-1, 1, -2, 2])}"  # estimated age
    if k < 0.12:
        return f"{y}-{m:02d}"
    if k < 0.16 and d <= 12 and d != m:
        return f"{y}-{d:02d}-{m:02d}"  # day and month swapped (US-style entry)
    if k < 0.19:
        return f"{y}-01-01"  # placeholder
    if k < 0.22:
        # one-digit slip somewhere
        s = list(f"{y}{m:02d}{d:02d}")
        for _ in range(5):
            i = r.choice([2, 3, 5, 7])
            s2 = s[:]
            s2[i] = str(r.randrange(10))
            yy, mm, dd = int("".join(s2[:4])), int("".join(s2[4:6])), int("".join(s2[6:]))
            if 1 <= mm <= 12 and 1 <= dd <= 28 and 1940 <= yy <= 2025:
                return f"{yy}-{mm:02d}-{dd:02d}"
        return f"{y}-{m:02d}-{d:02d}"
    if k < 0.24:
        return f"{y}-{m:02d}-{min(28, d + r.choice([-1, 1])) or 1:02d}"
    return f"{y}-{m:02d}-{d:02d}"


def fmt_phone(r, ph):
    cc, n = ph
    if cc == "44":
        k = r.random()
        if k < 0.3:
            return "0" + n
        if k < 0.5:
            return f"0{n[:4]} {n[4:]}"
        if k < 0.6:
            return f"0{n[:4]} {n[4:7]} {n[7:]}"
        if k < 0.72:
            return f"+44{n}"
        if k < 0.82:
            return f"+44 {n[:4]} {n[4:]}"
        if k < 0.87:
            return f"0044{n}"
        if k < 0.9:
            return f"+44 (0){n[:4]} {n[4:]}"
        if k < 0.93:
            return f"44{n}"
        if k < 0.96:
            return f"0{n[:4]}-{n[4:]}"
        return n  # leading zero lost (spreadsheet)
    k = r.random()
    if k < 0.5:
        return f"+{cc}{n}"
    if k < 0.7:
        return f"00{cc}{n}"
    if k < 0.85:
        return f"+{cc} {n[:3]} {n[3:6]} {n[6:]}"
    return "0" + n  # national format, no country code


def fmt_addr(r, a, quality):
    st = a["street"]
    full, abbrs = STYPES[a["stype"]]
    ty = full if r.random() < 0.5 else r.choice(abbrs)
    if r.random() < 0.04 + 0.06 * quality:
        st = typo(r, st)
    num = str(a["num"])
    parts = []
    flat = a["flat"]
    if isinstance(flat, int):
        k = r.random()
        if k < 0.45:
            parts.append(f"Flat {flat}, {num} {st} {ty}")
        elif k < 0.6:
            parts.append(f"Flat {flat} {num} {st} {ty}")
        elif k < 0.75:
            parts.append(f"{flat}/{num} {st} {ty}")
        elif k < 0.85:
            parts.append(f"{num} {st} {ty}, Flat {flat}")
        elif k < 0.92:
            parts.append(f"Room {flat}, {num} {st} {ty}")
        else:
            parts.append(f"{num} {st} {ty}")  # flat number dropped
    elif isinstance(flat, str):
        parts.append(f"{num}{flat} {st} {ty}" if r.random() < 0.7 else f"{num} {flat} {st} {ty}")
    else:
        parts.append(f"{num} {st} {ty}")
    if r.random() < 0.6:
        parts.append(a["town"])
    s = ", ".join(parts)
    k = r.random()
    if k < 0.2:
        s = s.upper()
    elif k < 0.25:
        s = s.lower()
    return s


def fmt_pc(r, pc):
    k = r.random()
    if k < 0.5:
        s = pc
    elif k < 0.7:
        s = pc.replace(" ", "")
    elif k < 0.85:
        s = pc.lower()
    elif k < 0.92:
        s = pc.lower().replace(" ", "")
    else:
        s = " " + pc + " "
    if r.random() < 0.02:
        s = s.replace("0", "O") if "0" in s else s.replace("O", "0")
    return s


def fmt_id(r, s):
    k = r.random()
    if k < 0.1 and len(s) == 9 and s[:2].isalpha():
        s = f"{s[:2]} {s[2:4]} {s[4:6]} {s[6:8]} {s[8]}"  # NI number with spaces
    elif k < 0.15:
        s = s.lower()
    elif k < 0.19:
        i = r.randrange(len(s))
        if s[i] in DIGIT_OCR:
            s = s[:i] + DIGIT_OCR[s[i]] + s[i + 1:]
    elif k < 0.22 and len(s) > 3:
        i = r.randrange(len(s) - 1)
        s = s[:i] + s[i + 1] + s[i] + s[i + 2:]
    return s


def fmt_email(r, e):
    k = r.random()
    if k < 0.15:
        return e.upper()
    if k < 0.2:
        return " " + e
    if k < 0.24:
        return typo(r, e)
    return e


def fmt_sex(r, sex):
    k = r.random()
    if k < 0.12:
        return ""
    if k < 0.13:
        return "F" if sex == "M" else "M"
    return sex


def make_record(r, p, quality, moved_addr, moved_phone):
    given, fam = fmt_name(r, p, quality)
    rec = dict(given_name=given, family_name=fam)
    rec["date_of_birth"] = fmt_dob(r, p, quality)
    rec["sex"] = fmt_sex(r, p.sex)
    k = r.random()
    if k < 0.2 + 0.1 * quality:
        rec["nationality"] = ""
    elif k < 0.26 + 0.1 * quality:
        rec["nationality"] = r.choice(G[p.group]["nat"] + ["GB"])  # neighbouring or wrong country
    else:
        rec["nationality"] = p.nat
    ph = moved_phone if moved_phone is not None else p.phone
    rec["phone"] = fmt_phone(r, ph) if r.random() > 0.3 + 0.15 * quality else ""
    if rec["phone"] and r.random() < 0.02:
        d = list(rec["phone"])
        idx = [i for i, c in enumerate(d) if c.isdigit()][-r.randint(1, 6)]
        d[idx] = str((int(d[idx]) + 1) % 10)
        rec["phone"] = "".join(d)
    rec["email"] = fmt_email(r, p.email) if p.email and r.random() < 0.5 else ""
    rec["id_number"] = fmt_id(r, p.id) if p.id and r.random() < 0.45 else ""
    a = moved_addr or p.addr
    if r.random() < 0.18 + 0.15 * quality:
        rec["address"], rec["postcode"] = "", ""
    else:
        rec["address"] = fmt_addr(r, a, quality)
        rec["postcode"] = fmt_pc(r, a["pc"]) if r.random() < 0.85 else ""
        if r.random() < 0.05:
            rec["address"] = ""
    return rec


# ---------------------------------------------------------------- population
def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--records", type=int, default=10000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    r = random.Random(a.seed)
    groups = list(G)
    gw = [G[k]["weight"] for k in groups]

    persons = []  # (Person, n_records)

    def n_records():
        return r.choices([1, 2, 3, 4, 5, 6, 7, 9, 12], weights=[46, 24, 12, 7, 4, 3, 2, 1.2, 0.8], k=1)[0]

    mean = 2.25
    target_people = int(a.records / mean)
    pid = 0
    while len(persons) < target_people:
        k = r.random()
        grp = wpick(r, groups, gw)
        if k < 0.10:
            # family: shared family name, address, often one phone; sometimes twins
            base = make_person(r, pid, grp)
            members = [base]
            pid += 1
            for _ in range(r.randint(1, 5)):
                if r.random() < 0.12:  # twin of the first
                    dob = base.dob
                else:
                    age = int(min(70, max(1, r.gauss(22, 15))))
                    dob = (2026 - age, r.randint(1, 12), r.randint(1, 28))
                sh = base.phone if r.random() < 0.6 else None
                m = make_person(r, pid, grp, fam_idx=base.fam_idx, dob=dob, addr=base.addr, phone=sh, nat=base.nat)
                if m.email and base.email and r.random() < 0.3:
                    m.email = base.email  # shared family email
                members.append(m)
                pid += 1
            persons.extend(members)
        elif k < 0.17:
            # HMO / exploitation site: 5-20 unrelated residents, controller's phone, often one nationality
            addr = new_address(r)
            addr["flat"] = None
            ctrl = ("44", new_uk_mobile(r))
            same = r.random() < 0.6
            for _ in range(r.randint(5, 20)):
                g2 = grp if same else wpick(r, groups, gw)
                m = make_person(r, pid, g2, addr=dict(addr, flat=r.choice([None, None, r.randint(1, 8)])),
                                phone=ctrl if r.random() < 0.55 else None)
                persons.append(m)
                pid += 1
        elif k < 0.22:
            # namesakes: 2-4 different people with the same common name, often same birth year
            base = make_person(r, pid, grp)
            pid += 1
            persons.append(base)
            for _ in range(r.randint(1, 3)):
                dob = (base.dob[0] + r.choice([0, 0, 0, 1, -1]), r.randint(1, 12), r.randint(1, 28))
                m = make_person(r, pid, grp, sex=base.sex, fam_idx=base.fam_idx, dob=dob, nat=base.nat)
                m.given = base.given
                m.middle = base.middle
                persons.append(m)
                pid += 1
        else:
            persons.append(make_person(r, pid, grp))
            pid += 1

    forces = ["MET", "WMP", "GMP", "BDS", "WYP", "CAM", "LEI", "NOT", "SYP", "PSS", "KNT", "HO", "NRM", "LA", "SAL", "BTP"]
    fq = {f: r.random() for f in forces}  # data quality per force / partner (0 good .. 1 poor)
    recs = []
    total = 0
    for p in persons:
        if total >= a.records:
            break
        n = min(n_records(), a.records - total)
        moved_addr = None
        moved_phone = None
        for j in range(n):
            # later records: people move and change burner phones
            if j > 0 and r.random() < 0.25:
                moved_addr = new_address(r)
            if j > 0 and r.random() < 0.3:
                moved_phone = ("44", new_uk_mobile(r))
            force = r.choice(forces)
            rec = make_record(r, p, fq[force], moved_addr, moved_phone)
            rec["force"] = force
            rec["person_id"] = f"P{p.pid:07d}"
            recs.append(rec)
        total += n
    r.shuffle(recs)
    os.makedirs(a.out, exist_ok=True)
    cols = ["record_id", "given_name", "family_name", "date_of_birth", "sex", "nationality", "phone", "email",
            "id_number", "address", "postcode"]
    with open(os.path.join(a.out, "records.csv"), "w", newline="", encoding="utf-8") as f, \
            open(os.path.join(a.out, "truth.csv"), "w", newline="") as t:
        w = csv.writer(f)
        tw = csv.writer(t)
        w.writerow(cols)
        tw.writerow(["record_id", "person_id"])
        for i, rec in enumerate(recs):
            rid = f"{rec['force']}-{i:07d}"
            w.writerow([rid] + [rec[c] for c in cols[1:]])
            tw.writerow([rid, rec["person_id"]])


if __name__ == "__main__":
    main()
