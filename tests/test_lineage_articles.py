"""Small invented news articles for the lineage and cluster tests (written for them; no tests here).

One English report, its Spanish translation, and two other articles on the same
invented event (Spanish and Chinese) that share its names, dates and figures but are
written independently; plus an unrelated story.
"""

from __future__ import annotations

from factline.model import Document, Segment

EKSTROM_EN = """Nordvik Energy chief executive Maria Ekström resigns after failed merger
Maria Ekström, the chief executive of Nordvik Energy, resigned on Monday, two weeks after the company's planned merger with Baltic Power collapsed.
The board said in a statement that finance director Jonas Lindqvist would lead the company until a successor is found.
Shares in Nordvik fell 8.4% in Stockholm after the announcement, wiping about 1.2 billion kronor off its market value.
Ekström, 54, had led the utility since 2019 and championed the merger as a way to fund new offshore wind farms.
Regulators in Brussels had raised concerns about competition in the Nordic electricity market, and Baltic Power withdrew its offer on April 28.
"I take full responsibility for the outcome," Ekström wrote in a message posted by @nordvikenergy.
Analysts at Svea Bank said the departure could delay the company's plan to cut 1,200 jobs.
The company will present its quarterly results on May 20 as planned."""

EKSTROM_ES = """Maria Ekström, consejera delegada de Nordvik Energy, dimite tras el fracaso de la fusión
Maria Ekström, consejera delegada de Nordvik Energy, dimitió el lunes, dos semanas después de que se hundiera la fusión prevista de la compañía con Baltic Power.
El consejo de administración indicó en un comunicado que el director financiero Jonas Lindqvist dirigirá la empresa hasta que se encuentre un sucesor.
Las acciones de Nordvik cayeron un 8,4% en Estocolmo tras el anuncio, lo que restó unos 1.200 millones de coronas a su valor de mercado.
Ekström, de 54 años, dirigía la eléctrica desde 2019 y había defendido la fusión como una forma de financiar nuevos parques eólicos marinos.
Los reguladores de Bruselas habían expresado su preocupación por la competencia en el mercado eléctrico nórdico, y Baltic Power retiró su oferta el 28 de abril.
"Asumo toda la responsabilidad por el resultado", escribió Ekström en un mensaje publicado por @nordvikenergy.
Los analistas de Svea Bank señalaron que la salida podría retrasar el plan de la compañía de recortar 1.200 empleos.
La empresa presentará sus resultados trimestrales el 20 de mayo, como estaba previsto."""

# Same event, same names and figures, written independently: not a translation.
EKSTROM_OTHER_ES = """La salida de Ekström deja a Nordvik sin rumbo tras el fiasco con Baltic Power
La energética sueca Nordvik Energy vive días de incertidumbre.
Su consejera delegada, Maria Ekström, presentó su renuncia este lunes, apenas dos semanas después de que Baltic Power abandonara la operación.
Según fuentes cercanas al consejo, la ejecutiva llevaba meses enfrentada con varios consejeros por el precio de la oferta.
En la bolsa de Estocolmo, los títulos de la compañía se desplomaron un 8,4% durante la sesión.
Jonas Lindqvist, hasta ahora responsable de finanzas, asumirá la dirección de forma interina.
Los sindicatos temen que el recorte de 1.200 puestos de trabajo se acelere con la nueva dirección.
Desde 2019, Ekström había apostado por la eólica marina como motor de crecimiento del grupo.
El mercado espera ahora los resultados del 20 de mayo para conocer la estrategia de la empresa."""

EKSTROM_OTHER_ZH = """并购失败两周后，Nordvik Energy掌门人Maria Ekström黯然离场
又一位欧洲能源巨头的掌门人倒在了并购失败之后。
周一，Nordvik Energy的首席执行官Maria Ekström突然宣布辞职，距离Baltic Power撤回收购要约不过两周。
这位54岁的瑞典高管曾被视为北欧能源转型的代表人物。
知情人士透露，董事会内部对于交易价格早有分歧，有董事认为公司出价过高。
一名不愿具名的前员工说，公司内部气氛近几个月一直十分紧张。
股价方面，Nordvik当天收跌8.4%。
对于员工而言，更令人担心的是此前公布的1200人裁员计划。
接替者的人选尚未确定，外界普遍预计公司会从外部招聘。"""

FLOOD_EN = """Heavy rain floods the old town of Valmera
Heavy rain flooded the old town of Valmera overnight, forcing about 300 residents to leave their homes.
Firefighters used boats to reach families trapped on the upper floors of buildings near the river.
The mayor said schools would stay closed on Wednesday while engineers inspect two bridges.
Forecasters expect more storms over the mountains later in the week."""

FLOOD_ES = """Las lluvias torrenciales inundan el casco antiguo de Valmera
Las lluvias torrenciales inundaron durante la noche el casco antiguo de Valmera y obligaron a unos 300 vecinos a abandonar sus casas.
Los bomberos utilizaron barcas para llegar a las familias atrapadas en los pisos altos de los edificios junto al río.
El alcalde anunció que los colegios seguirán cerrados el miércoles mientras los ingenieros revisan dos puentes.
Los meteorólogos prevén más tormentas en las montañas a lo largo de la semana."""


def make_doc(doc_id: str, text: str, lang: str | None, published: str | None = None) -> Document:
    """A document whose first line is its title and each other line a body paragraph."""
    segments, pos = [], 0
    for k, line in enumerate(text.split("\n")):
        if line.strip():
            segments.append(Segment(line, pos, "title" if k == 0 else "body", lang=lang))
        pos += len(line) + 1
    title = text.split("\n", 1)[0] if text.strip() else None
    return Document(id=doc_id, path=f"{doc_id}.txt", raw=text, lang=lang, published=published,
                    title=title, segments=segments)
