/**
 * Word lists for the seed data set. Everything here is fictional: names are built from parts so they read
 * like real exhibitors without naming any real company, university or person.
 */

/** One technology field: it ties an exhibitor's name to its patents' titles and IPC classes, its marks' Nice classes and its software. */
export interface FieldVocabulary {
  key: string;
  /** How likely an exhibitor whose main IP type is patent / trademark / copyright works in this field. */
  affinity: { patent: number; trademark: number; copyright: number };
  /** Neighbouring fields an exhibitor also works in. */
  related: readonly string[];
  /** A discipline as used in institute names and summaries ("Photonics"). */
  discipline: string;
  /** Industry words for company names ("Huaxin Photonics Co., Ltd."). */
  industries: readonly string[];
  /** Gerund phrases for "Method and system for …". */
  processes: readonly string[];
  /** Things a patent claims. */
  objects: readonly string[];
  /** Where it is applied. */
  contexts: readonly string[];
  /** Techniques for "… based on {technique}". */
  techniques: readonly string[];
  /** What the invention improves, for the summary: `+` when more is better, `-` when less is. */
  metrics: readonly string[];
  /** The IPC class of each entry of `objects` (same order). */
  objectIpc: readonly string[];
  /** Further IPC classes of the field (methods, control, monitoring). */
  ipc: readonly string[];
  /** Nice classes a brand of this field registers in; the first two are the main ones. */
  nice: readonly string[];
  /** Software products (copyright titles). */
  software: readonly string[];
  /** Booth taglines. */
  slogans: readonly string[];
  /** Where the field's software runs, when `contexts` are not places (diseases, skin types). */
  settings?: readonly string[];
  /** Invention title templates replacing the generic ones (placeholders {process} {object} {context} {technique}). */
  inventionTemplates?: readonly string[];
}

/** Invention titles for fields whose inventions are products and compositions rather than devices. */
const PRODUCT_TEMPLATES = [
  '{Object} for {context} and preparation method thereof',
  '{Object} for {context}, preparation method and use thereof',
  'Method for {process} of {object}',
  'Method for {process} of {object} based on {technique}',
  'Preparation method of {object} based on {technique}',
  '{Process} method for {object} in {context}',
  '{Process} method for {object} in {context} using {technique}',
] as const;

export const FIELDS: readonly FieldVocabulary[] = [
  {
    key: 'comms',
    related: ['semiconductors', 'ai'],
    affinity: { patent: 8, trademark: 3, copyright: 3 },
    discipline: 'Wireless Communication',
    industries: ['Communication Technology', 'Telecom', 'Wireless Technology', 'Microwave Technology'],
    processes: [
      'low-latency beam steering',
      'channel state feedback',
      'interference suppression',
      'uplink power control',
      'multi-antenna precoding',
      'random access scheduling',
    ],
    objects: [
      'phased-array antenna module',
      'base station radio unit',
      'RF front-end module',
      'small-cell gateway',
      'satellite communication terminal',
    ],
    objectIpc: ['H01Q 3/26', 'H04W 88/08', 'H04B 1/40', 'H04W 88/16', 'H04B 7/185'],
    contexts: [
      'millimetre-wave arrays',
      '5G NR networks',
      'satellite-terrestrial links',
      'industrial IoT networks',
      'vehicle-to-everything communication',
    ],
    techniques: ['deep reinforcement learning', 'compressed sensing', 'codebook search', 'channel prediction'],
    metrics: ['-beam alignment time', '+spectral efficiency', '+link reliability'],
    ipc: ['H04B 7/06', 'H04W 72/04', 'H04W 52/24', 'H04L 5/00'],
    nice: ['9', '38', '42'],
    software: ['5G Network Planning Platform', 'Base Station Operation and Maintenance System', 'IoT Device Management Platform'],
    slogans: ['Connecting every device, everywhere', 'Radio technology for the 5G era'],
  },
  {
    key: 'photonics',
    related: ['semiconductors', 'meddev'],
    affinity: { patent: 6, trademark: 2, copyright: 2 },
    discipline: 'Photonics',
    industries: ['Photonics', 'Optoelectronics', 'Laser Technology', 'Optical Technology'],
    processes: ['thermal management', 'optical alignment', 'stray light suppression', 'output power calibration', 'precision assembly'],
    objects: ['semiconductor laser', 'LiDAR transmitter', 'optical lens assembly', 'micro-LED display panel', 'infrared detector'],
    objectIpc: ['H01S 5/024', 'G01S 7/484', 'G02B 7/02', 'H01L 27/15', 'G01J 5/02'],
    contexts: ['automotive LiDAR', 'high-power fibre lasers', 'AR near-eye displays', 'industrial machine vision'],
    techniques: ['adaptive optics', 'femtosecond laser processing', 'phase-shift interferometry', 'micro-optical integration'],
    metrics: ['+optical output power', '+imaging resolution', '+manufacturing yield'],
    ipc: ['G02B 27/01', 'G01S 17/89'],
    nice: ['9', '10', '11'],
    software: ['Optical Design Simulation Software', 'Laser Processing Control System', 'Machine Vision Inspection Platform'],
    slogans: ['Light, engineered', 'Photonics that see further'],
  },
  {
    key: 'energy',
    related: ['automotive', 'environment'],
    affinity: { patent: 9, trademark: 3, copyright: 4 },
    discipline: 'New Energy',
    industries: ['New Energy', 'Electric Power', 'Battery Technology', 'Smart Grid Technology'],
    processes: [
      'state-of-charge estimation',
      'fast charging control',
      'thermal runaway early warning',
      'power balancing',
      'fault ride-through',
    ],
    objects: [
      'lithium-ion battery pack',
      'energy storage converter',
      'battery management unit',
      'photovoltaic inverter',
      'DC charging pile',
    ],
    objectIpc: ['H01M 10/42', 'H02J 3/32', 'H01M 10/48', 'H02M 7/5387', 'B60L 53/31'],
    contexts: ['electric vehicles', 'distributed photovoltaic plants', 'microgrids', 'home energy storage', 'substations'],
    techniques: ['Kalman filtering', 'model predictive control', 'electrochemical impedance spectroscopy', 'digital twin modelling'],
    metrics: ['-charging time', '+conversion efficiency', '+cycle life'],
    ipc: ['H02J 7/00', 'H01M 10/613', 'H02J 3/38'],
    nice: ['9', '37', '11'],
    software: ['Smart Grid Scheduling System', 'Battery Management Cloud Platform', 'Photovoltaic Plant Monitoring System'],
    slogans: ['Cleaner power, smarter grids', 'Energy storage you can trust'],
  },
  {
    key: 'semiconductors',
    related: ['comms', 'photonics'],
    affinity: { patent: 6, trademark: 2, copyright: 3 },
    discipline: 'Microelectronics',
    industries: ['Microelectronics', 'Semiconductor', 'IC Design', 'Chip Technology'],
    processes: [
      'wafer-level packaging',
      'reliability testing',
      'defect inspection',
      'heat dissipation',
      'electrostatic discharge protection',
    ],
    objects: ['power MOSFET', 'SiC Schottky diode', 'image sensor chip', 'analog-to-digital converter chip', 'memory controller chip'],
    objectIpc: ['H01L 29/78', 'H01L 29/872', 'H01L 27/146', 'H03M 1/12', 'G06F 13/16'],
    contexts: ['edge AI accelerators', 'automotive electronics', 'wearable devices', 'data-centre servers'],
    techniques: ['machine learning', 'dynamic voltage scaling', 'plasma etching', 'hybrid bonding'],
    metrics: ['-power consumption', '-die area', '-switching loss'],
    ipc: ['H01L 23/31', 'H01L 21/768', 'H01L 27/02'],
    nice: ['9', '42'],
    software: ['Chip Layout Verification Tool', 'Wafer Test Data Analysis System', 'Embedded Firmware Development Kit'],
    slogans: ['Silicon designed in the Bay Area', 'Chips for a connected world'],
  },
  {
    key: 'robotics',
    related: ['ai', 'automotive'],
    affinity: { patent: 8, trademark: 2, copyright: 4 },
    discipline: 'Intelligent Manufacturing',
    industries: ['Intelligent Equipment', 'Robotics', 'Automation Technology', 'Precision Machinery'],
    processes: ['collision detection', 'trajectory planning', 'vibration suppression', 'fault diagnosis', 'zero-point calibration'],
    objects: [
      'six-axis robot arm',
      'collaborative robot joint',
      'CNC spindle',
      'automated guided vehicle',
      'adaptive gripper',
      'arc welding robot',
    ],
    objectIpc: ['B25J 9/16', 'B25J 17/02', 'B23Q 5/10', 'G05D 1/02', 'B25J 15/08', 'B23K 37/02'],
    contexts: [
      'electronics assembly lines',
      'warehouse logistics',
      'precision machining',
      'battery cell production',
      'automotive welding lines',
    ],
    techniques: ['multi-sensor fusion', 'impedance control', 'digital twin modelling', 'visual servoing'],
    metrics: ['+positioning accuracy', '-cycle time', '-changeover time'],
    ipc: ['B25J 13/08', 'G05B 19/4155'],
    nice: ['7', '9', '42'],
    software: ['Robot Offline Programming Software', 'Manufacturing Execution System', 'Production Line Digital Twin Platform'],
    slogans: ['Automation for smarter factories', 'Robots that work beside people'],
  },
  {
    key: 'ai',
    related: ['comms', 'robotics'],
    affinity: { patent: 7, trademark: 5, copyright: 30 },
    discipline: 'Artificial Intelligence',
    industries: ['Information Technology', 'Intelligent Technology', 'Software', 'Data Technology'],
    processes: [
      'federated model training',
      'knowledge-graph question answering',
      'anomaly detection',
      'multi-camera target re-identification',
      'speech recognition',
      'document layout analysis',
    ],
    objects: [
      'neural network accelerator',
      'recommendation engine',
      'edge computing gateway',
      'digital twin platform',
      'intelligent customer service robot',
    ],
    objectIpc: ['G06N 3/063', 'G06F 16/9535', 'H04L 67/10', 'G06F 30/20', 'G06F 16/332'],
    contexts: ['smart city management', 'financial risk control', 'medical imaging', 'retail analytics', 'industrial inspection'],
    techniques: ['graph neural networks', 'transformer models', 'federated learning', 'edge-cloud collaboration'],
    metrics: ['+recognition accuracy', '-inference latency', '-false alarm rate'],
    ipc: ['G06N 3/08', 'G06V 20/52', 'G10L 15/16', 'G06Q 40/02', 'G06T 7/00'],
    nice: ['9', '42', '35'],
    software: [
      'Smart City Operation Platform',
      'Intelligent Risk Control System',
      'Video Structuring Analysis System',
      'Enterprise Knowledge Base Platform',
    ],
    slogans: ['AI that turns data into decisions', 'Algorithms at work'],
  },
  {
    key: 'pharma',
    related: ['meddev', 'cosmetics'],
    affinity: { patent: 7, trademark: 5, copyright: 1 },
    discipline: 'Biopharmaceuticals',
    industries: ['Biopharmaceutical', 'Pharmaceutical', 'Biotechnology', 'Life Sciences'],
    processes: [
      'purification',
      'large-scale preparation',
      'stability improvement',
      'impurity control',
      'sustained-release formulation',
      'crystallisation',
    ],
    objects: [
      'a pyrazole derivative',
      'an anti-PD-1 monoclonal antibody',
      'a recombinant human collagen',
      'a quinazoline compound',
      'a bispecific antibody',
      'a traditional Chinese medicine extract',
      'a Lingzhi polysaccharide',
      'a GLP-1 receptor agonist peptide',
      'an mRNA vaccine',
    ],
    objectIpc: [
      'C07D 231/12',
      'C07K 16/28',
      'C07K 14/78',
      'C07D 239/94',
      'C07K 16/46',
      'A61K 36/185',
      'A61K 36/074',
      'C07K 14/605',
      'A61K 39/12',
    ],
    contexts: [
      'non-small cell lung cancer',
      'type 2 diabetes',
      'chronic hepatitis B',
      'rheumatoid arthritis',
      'nasopharyngeal carcinoma',
      'osteoporosis',
      'atopic dermatitis',
    ],
    techniques: ['continuous flow synthesis', 'spray drying', 'hot-melt extrusion', 'enzymatic catalysis'],
    metrics: ['+bioavailability', '+production yield', '-impurity levels'],
    ipc: ['A61P 35/00', 'A61K 9/20', 'A61K 31/4439'],
    nice: ['5', '44', '10'],
    software: ['Clinical Trial Data Management System', 'GMP Batch Record System', 'Drug Inventory Traceability Platform'],
    slogans: ['From molecule to medicine', 'Biologics for better lives'],
    inventionTemplates: [
      'Crystal form of {object} and preparation method thereof',
      'Pharmaceutical composition comprising {object} for treating {context}',
      'Use of {object} in the preparation of a medicament for {context}',
      'Method for {process} of {object}',
      'Preparation method of {object} based on {technique}',
      'Method for {process} of {object} based on {technique}',
      'Formulation of {object} for {context} prepared by {technique}',
    ],
    settings: ['hospital pharmacies', 'GMP workshops', 'clinical research centres'],
  },
  {
    key: 'meddev',
    related: ['pharma', 'ai'],
    affinity: { patent: 7, trademark: 3, copyright: 3 },
    discipline: 'Medical Devices',
    industries: ['Medical Devices', 'Medical Technology', 'Healthcare Technology'],
    processes: [
      'signal denoising',
      'low-power data acquisition',
      'abnormal event alarm',
      'automatic calibration',
      'wireless data transmission',
    ],
    objects: ['wearable ECG patch', 'portable ultrasound probe', 'infusion pump', 'blood glucose meter', 'bedside patient monitor'],
    objectIpc: ['A61B 5/332', 'A61B 8/00', 'A61M 5/142', 'A61B 5/145', 'A61B 5/0205'],
    contexts: ['home care', 'intensive care units', 'community clinics', 'emergency rescue'],
    techniques: ['photoplethysmography', 'deep learning', 'flexible electronics', 'edge computing'],
    metrics: ['+measurement accuracy', '-false alarm rate', '+battery life'],
    ipc: ['G16H 40/67', 'A61B 5/00'],
    nice: ['10', '5', '44'],
    software: ['Medical Image Archiving System', 'Remote ECG Monitoring Platform', 'Chronic Disease Follow-up System'],
    slogans: ['Medical technology for every clinic', 'Precision care, simply delivered'],
  },
  {
    key: 'materials',
    related: ['energy', 'construction'],
    affinity: { patent: 7, trademark: 2, copyright: 1 },
    discipline: 'Advanced Materials',
    industries: ['New Materials', 'Advanced Materials', 'Chemical Technology', 'Polymer Materials'],
    processes: [
      'surface modification',
      'low-temperature preparation',
      'recycling',
      'continuous production',
      'ageing resistance improvement',
      'dispersion stabilisation',
    ],
    objects: [
      'graphene conductive ink',
      'biodegradable packaging film',
      'ceramic membrane',
      'high-strength aluminium alloy',
      'flame-retardant polymer',
      'thermally conductive silicone pad',
      'carbon fibre composite',
    ],
    objectIpc: ['C09D 11/52', 'C08L 67/04', 'B01D 71/02', 'C22C 21/02', 'C08K 5/521', 'C08L 83/04', 'C08J 5/04'],
    contexts: ['flexible electronics', 'food packaging', 'aerospace structures', 'water treatment'],
    techniques: ['sol-gel processing', 'in-situ polymerisation', 'electrospinning', 'molecular dynamics simulation'],
    metrics: ['+tensile strength', '+thermal conductivity', '-material cost'],
    ipc: ['C01B 32/184', 'C04B 35/64'],
    nice: ['1', '17', '6'],
    software: ['Materials Formulation Database System', 'Polymer Extrusion Process Control Software'],
    slogans: ['Materials that make the difference', 'Stronger, lighter, greener'],
    inventionTemplates: PRODUCT_TEMPLATES,
  },
  {
    key: 'appliances',
    related: ['ai', 'robotics'],
    affinity: { patent: 6, trademark: 9, copyright: 3 },
    discipline: 'Smart Home Appliances',
    industries: ['Electrical Appliances', 'Smart Home Technology', 'Household Appliances', 'Consumer Electronics'],
    processes: ['noise reduction', 'energy-saving control', 'voice interaction', 'fault self-diagnosis', 'remote firmware upgrade'],
    objects: ['air conditioner', 'induction cooker', 'robot vacuum cleaner', 'water heater', 'range hood'],
    objectIpc: ['F24F 11/64', 'H05B 6/12', 'A47L 11/40', 'F24H 9/20', 'F24C 15/20'],
    contexts: ['household kitchens', 'smart homes', 'compact apartments', 'commercial buildings'],
    techniques: ['fuzzy control', 'variable-frequency drive', 'infrared sensing', 'voice recognition'],
    metrics: ['-energy consumption', '-operating noise', '-heating time'],
    ipc: ['G10L 15/22', 'H04L 12/28'],
    nice: ['11', '7', '9'],
    software: ['Smart Home Control App', 'Appliance After-sales Service System', 'Household Energy Management Software'],
    slogans: ['Appliances for a smarter home', 'Comfort made in Guangdong'],
  },
  {
    key: 'automotive',
    related: ['energy', 'ai'],
    affinity: { patent: 6, trademark: 4, copyright: 3 },
    discipline: 'Intelligent Vehicles',
    industries: ['Automotive Technology', 'Intelligent Vehicle', 'Auto Parts', 'Electric Vehicle'],
    processes: [
      'fault diagnosis',
      'thermal management',
      'vibration and noise reduction',
      'functional safety monitoring',
      'over-the-air update',
    ],
    objects: [
      'electric drive axle',
      'in-vehicle display',
      'steer-by-wire system',
      'vehicle-mounted camera module',
      'vehicle domain controller',
    ],
    objectIpc: ['B60K 1/00', 'B60K 35/00', 'B62D 5/04', 'B60R 11/04', 'B60R 16/023'],
    contexts: ['new energy vehicles', 'autonomous driving', 'commercial trucks', 'two-wheeled electric vehicles'],
    techniques: ['multi-sensor fusion', 'model predictive control', 'millimetre-wave radar', 'high-definition maps'],
    metrics: ['+driving range', '-braking distance', '-system weight'],
    ipc: ['B60W 50/02', 'B60L 58/26'],
    nice: ['12', '9', '37'],
    software: ['Vehicle Remote Diagnosis Platform', 'ADAS Simulation Test Software', 'Fleet Management System'],
    slogans: ['Driving the electric future', 'Smarter cars, safer roads'],
  },
  {
    key: 'agrifood',
    related: ['pharma', 'environment'],
    affinity: { patent: 4, trademark: 14, copyright: 3 },
    discipline: 'Food Science',
    industries: ['Food', 'Food Technology', 'Tea Industry', 'Beverage'],
    processes: ['low-temperature fermentation', 'cold-chain preservation', 'sterilisation', 'flavour retention', 'quality grading'],
    objects: ['probiotic beverage', 'tea polyphenol extract', 'herbal tea drink', 'aged tangerine peel', 'Cantonese preserved sausage'],
    objectIpc: ['A23L 2/38', 'A23F 3/16', 'A23F 3/34', 'A23L 19/00', 'A23L 13/40'],
    contexts: ['central kitchens', 'cold-chain logistics', 'ready-to-drink production', 'fresh-food e-commerce'],
    techniques: ['enzymatic hydrolysis', 'IoT sensing', 'spectral imaging', 'microbial fermentation'],
    metrics: ['+shelf life', '+flavour retention', '-energy use'],
    ipc: ['A23L 3/3463', 'A23L 3/36'],
    nice: ['30', '29', '32', '43'],
    software: ['Food Safety Traceability System', 'Cold Chain Logistics Monitoring Platform', 'Central Kitchen Management System'],
    slogans: ['From farm to table, traceably', 'Flavours of Lingnan, science inside'],
    inventionTemplates: PRODUCT_TEMPLATES,
  },
  {
    key: 'environment',
    related: ['materials', 'energy'],
    affinity: { patent: 5, trademark: 2, copyright: 3 },
    discipline: 'Environmental Engineering',
    industries: ['Environmental Technology', 'Water Treatment', 'Green Technology', 'Environmental Protection'],
    processes: ['online monitoring', 'automatic dosing control', 'energy-saving operation', 'odour control', 'sludge reduction'],
    objects: ['membrane bioreactor', 'integrated sewage treatment unit', 'VOC catalytic oxidation unit', 'kitchen waste processor'],
    objectIpc: ['C02F 3/12', 'C02F 9/00', 'B01D 53/86', 'B09B 3/00'],
    contexts: ['urban rivers', 'industrial parks', 'printed circuit board plants', 'rural households'],
    techniques: ['advanced oxidation', 'membrane separation', 'microbial degradation', 'online spectroscopy'],
    metrics: ['+pollutant removal rate', '-operating cost', '-footprint'],
    ipc: ['C02F 11/12', 'G01N 33/18', 'C02F 1/00'],
    nice: ['11', '40', '37'],
    software: ['Environmental Monitoring Data Platform', 'Sewage Plant Operation Management System'],
    slogans: ['Clear water, blue skies', 'Green technology for growing cities'],
  },
  {
    key: 'cosmetics',
    related: ['pharma', 'textiles'],
    affinity: { patent: 2, trademark: 9, copyright: 2 },
    discipline: 'Cosmetic Science',
    industries: ['Cosmetics', 'Daily Chemicals', 'Biotechnology', 'Personal Care'],
    processes: ['microencapsulation', 'stability improvement', 'preservative-free formulation', 'low-irritation formulation'],
    objects: ['whitening essence', 'sunscreen emulsion', 'plant-based hair dye', 'skin repair cream', 'sheet facial mask'],
    objectIpc: ['A61Q 19/02', 'A61Q 17/04', 'A61Q 5/10', 'A61Q 19/00', 'A61K 8/02'],
    contexts: ['sensitive skin', 'daily skin care', 'outdoor sun protection', "men's grooming"],
    techniques: ['plant fermentation', 'liposome encapsulation', 'supercritical extraction', 'high-pressure homogenisation'],
    metrics: ['-skin irritation', '+moisture retention', '+shelf stability'],
    ipc: ['A61K 8/97', 'A61K 8/14'],
    nice: ['3', '35', '44', '5'],
    software: ['Beauty Consultation Mini Program', 'Retail Membership Management System'],
    slogans: ['Beauty backed by science', 'Skin care, naturally'],
    settings: ['beauty salons', 'online beauty retail', 'cosmetics factories'],
    inventionTemplates: PRODUCT_TEMPLATES,
  },
  {
    key: 'textiles',
    related: ['materials', 'cosmetics'],
    affinity: { patent: 3, trademark: 8, copyright: 2 },
    discipline: 'Textile Engineering',
    industries: ['Textile Technology', 'Apparel', 'Garment', 'Knitting'],
    processes: ['moisture-wicking finishing', 'digital printing', 'antibacterial finishing', 'seamless knitting'],
    objects: ['sportswear fabric', 'seamless knitted garment', "children's pyjamas", 'heated outdoor jacket', 'recycled polyester yarn'],
    objectIpc: ['D03D 15/00', 'D04B 1/14', 'A41D 31/00', 'A41D 13/005', 'D01F 6/62'],
    contexts: ['outdoor sports', 'school uniforms', 'medical protective wear', 'fast fashion supply chains'],
    techniques: ['ultrasonic bonding', '3D knitting', 'plasma treatment', 'nanofibre coating'],
    metrics: ['+colour fastness', '+breathability', '-dyeing water consumption'],
    ipc: ['D06P 5/30', 'D06M 16/00'],
    nice: ['25', '24', '18', '35'],
    software: ['Garment Pattern Design Software', 'Textile Production Scheduling System'],
    slogans: ['Everyday products, better made', 'Fabrics for modern life'],
    settings: ['garment factories', 'apparel retail chains', 'dyeing and finishing mills'],
    inventionTemplates: PRODUCT_TEMPLATES,
  },
  {
    key: 'culture',
    related: ['ai', 'textiles'],
    affinity: { patent: 1, trademark: 6, copyright: 30 },
    discipline: 'Cultural and Creative Industries',
    industries: ['Culture Media', 'Animation', 'Creative Design', 'Film and Television'],
    processes: ['interactive control', 'content synchronisation', 'immersive display', 'audience sensing'],
    objects: ['interactive projection device', 'holographic display cabinet', 'stage lighting controller', 'VR viewing headset'],
    objectIpc: ['H04N 9/31', 'G09F 19/18', 'H05B 47/10', 'G02B 27/01'],
    contexts: ['museum exhibitions', 'live streaming', 'theme parks', 'Cantonese opera stages'],
    techniques: ['motion capture', 'real-time ray tracing', 'spatial audio', 'volumetric video'],
    metrics: ['+rendering speed', '+audience engagement', '-production cost'],
    ipc: ['G06T 13/40', 'G06T 15/00'],
    nice: ['41', '9', '16', '28'],
    software: ['Animation Rendering Management System', 'Digital Museum Guide App', 'Online Education Course Platform'],
    slogans: ['Stories from the Greater Bay Area', 'Creativity, licensed worldwide'],
  },
  {
    key: 'construction',
    related: ['materials', 'environment'],
    affinity: { patent: 5, trademark: 3, copyright: 4 },
    discipline: 'Civil Engineering',
    industries: ['Construction Technology', 'Building Materials', 'Intelligent Construction', 'Engineering Technology'],
    processes: ['installation positioning', 'crack monitoring', 'waterproof sealing', 'seismic reinforcement'],
    objects: ['steel-concrete composite beam', 'unitised curtain wall', 'precast staircase', 'prefabricated wall panel'],
    objectIpc: ['E04C 3/293', 'E04B 2/88', 'E04F 11/02', 'E04C 2/04'],
    contexts: ['high-rise buildings', 'cross-sea bridges', 'underground utility tunnels', 'prefabricated housing'],
    techniques: ['BIM modelling', 'fibre-optic sensing', 'laser scanning', 'modular prefabrication'],
    metrics: ['-construction time', '-material waste', '+structural load capacity'],
    ipc: ['E04G 21/14', 'G01N 29/04', 'E04B 1/98'],
    nice: ['19', '37', '6'],
    software: ['BIM Collaborative Design Platform', 'Construction Site Safety Management System'],
    slogans: ['Building the Bay Area', 'Smarter sites, safer structures'],
  },
  {
    key: 'uav',
    related: ['robotics', 'comms'],
    affinity: { patent: 4, trademark: 2, copyright: 3 },
    discipline: 'Unmanned Aerial Systems',
    industries: ['Drone Technology', 'Aerospace Technology', 'UAV'],
    processes: ['obstacle avoidance', 'gimbal stabilisation', 'formation flight control', 'autonomous precision landing'],
    objects: ['multirotor drone', 'fixed-wing VTOL drone', 'agricultural spraying drone', 'tethered inspection drone'],
    objectIpc: ['B64U 10/13', 'B64U 10/25', 'B64D 1/18', 'B64C 39/02'],
    contexts: ['power line inspection', 'agricultural spraying', 'emergency mapping', 'logistics delivery'],
    techniques: ['visual SLAM', 'RTK positioning', 'multi-sensor fusion', 'swarm intelligence'],
    metrics: ['+flight time', '+positioning accuracy', '+payload capacity'],
    ipc: ['G05D 1/10', 'B64D 47/08', 'B64U 50/19'],
    nice: ['12', '9', '42'],
    software: ['Drone Flight Control Ground Station Software', 'Aerial Survey Data Processing System'],
    slogans: ['Eyes in the sky', 'Drones for every industry'],
  },
];

/** Generic invention title templates. */
export const INVENTION_TEMPLATES = [
  'Method and system for {process} in {context}',
  'Method and system for {process} based on {technique}',
  '{Object} for {context} and control method thereof',
  'Method for {process} of {qualifier} {object}',
  '{Qualifier} {object} and manufacturing method thereof',
  '{Process} method and device for {object} based on {technique}',
  '{Process} method, device and storage medium for {object} in {context}',
  'Device and method for {process} in {context} based on {technique}',
] as const;

/** Utility-model title templates: devices, no methods. */
export const UTILITY_TEMPLATES = [
  '{Qualifier} {object} for {context}',
  '{Object} with {process} function',
  '{Qualifier} {object} with {process} function',
  '{Object} mounting structure for {context}',
] as const;

/** Qualifiers for device titles. */
export const QUALIFIERS = [
  'Low-power',
  'High-precision',
  'Compact',
  'Modular',
  'Intelligent',
  'Lightweight',
  'High-efficiency',
  'Self-calibrating',
  'Portable',
  'Low-cost',
] as const;

/** Closing sentences of patent summaries. */
export const PATENT_NOTES = [
  'Prototype available; the inventors can support technology transfer.',
  'Annual fees are paid up and the patent is in force.',
  'Already licensed to one manufacturer; further licences are open.',
  'Validated in pilot production with a partner factory.',
  'Comes with drawings, test reports and know-how documentation.',
  'Family members are pending in further jurisdictions.',
] as const;

/** What each Nice class covers (trademark summaries). */
export const NICE_GOODS: Readonly<Record<string, string>> = {
  '1': 'industrial chemicals and fertilisers',
  '3': 'cosmetics, skin-care preparations and shampoos',
  '5': 'pharmaceutical preparations and dietary supplements',
  '6': 'metal building materials and fittings',
  '7': 'machines, machine tools and robots',
  '9': 'computer software, electronic devices and batteries',
  '10': 'medical apparatus and instruments',
  '11': 'lighting, heating, cooking and air-conditioning apparatus',
  '12': 'vehicles and vehicle parts',
  '16': 'printed matter, books and stationery',
  '17': 'plastics and insulating materials',
  '18': 'bags and leather goods',
  '19': 'non-metallic building materials',
  '24': 'textiles and household linen',
  '25': 'clothing, footwear and headgear',
  '28': 'toys, games and sporting articles',
  '29': 'preserved foods, meat and dairy products',
  '30': 'tea, coffee, rice and confectionery',
  '31': 'fresh fruit, seeds and live plants',
  '32': 'beverages and fruit juices',
  '35': 'advertising, online retail and business management',
  '37': 'construction, installation and repair services',
  '38': 'telecommunication services',
  '40': 'treatment of materials and recycling',
  '41': 'education, entertainment and cultural activities',
  '42': 'scientific and technological services and software design',
  '43': 'restaurant and catering services',
  '44': 'medical and beauty care services',
};

/** Parts of invented brand words ("LUMIVO", "NEXORA"). */
/** Letters for invented brand words built syllable by syllable ("KALIMO"). */
export const BRAND_CONSONANTS = ['B', 'D', 'F', 'K', 'L', 'M', 'N', 'P', 'R', 'S', 'T', 'V', 'Z'] as const;
export const BRAND_VOWELS = ['A', 'E', 'I', 'O', 'U'] as const;
/** Invented words that must not become brands. */
export const BRAND_BLOCKLIST = /PENI|ANUS|SEX|NAZI|KIL|RAPE|PORN|FUK|SUK|DIE|DUMB|MORON|NIG/;
export const BRAND_HEADS = [
  'LUM',
  'NEX',
  'VIR',
  'ZEN',
  'KAI',
  'SOL',
  'AUR',
  'VEL',
  'QUA',
  'MIR',
  'TOR',
  'NOV',
  'FLO',
  'GAL',
  'HEL',
  'MAX',
  'OPT',
  'PUR',
  'RAV',
  'SYN',
  'VIT',
  'XEN',
  'ZOR',
  'COR',
  'BRI',
] as const;
export const BRAND_TAILS = [
  'IVO',
  'ORA',
  'EX',
  'ION',
  'IQ',
  'ARA',
  'ENZ',
  'ORO',
  'ANO',
  'ELL',
  'IKA',
  'ONE',
  'AVI',
  'IS',
  'UMA',
  'ETA',
] as const;
/** Two-word marks ("Jade Crane"). */
export const MARK_FIRST = [
  'Jade',
  'Golden',
  'Silver',
  'Crimson',
  'Azure',
  'Pearl',
  'Morning',
  'Spring',
  'Mountain',
  'Ocean',
  'Lotus',
  'Bamboo',
  'Phoenix',
  'Red',
  'Cloud',
] as const;
export const MARK_SECOND = [
  'Crane',
  'Harbour',
  'Dragon',
  'Peak',
  'River',
  'Bridge',
  'Orchid',
  'Pine',
  'Tiger',
  'Sail',
  'Leaf',
  'Star',
  'Garden',
  'Bay',
  'Kapok',
] as const;
/** Closing sentences of trademark summaries. */
export const TRADEMARK_NOTES = [
  'Offered with the goodwill of an established online store.',
  'No oppositions or invalidation actions on record.',
  'Suitable for brand extension into neighbouring product lines.',
  'Renewal is up to date; the mark is in continuous use.',
  'Owner will assist with recordal of the transfer.',
] as const;

/**
 * Copyright work categories. Software is registered as `2020SR0123456`; other works as
 * `GZDZ-2020-F-00123456`, where the letter is the work's category (A literary, C music, F fine art, I audiovisual).
 */
export const COPYRIGHT_CATEGORIES = {
  software: { letter: '', label: 'computer software' },
  literary: { letter: 'A', label: 'literary work' },
  music: { letter: 'C', label: 'musical work' },
  film: { letter: 'I', label: 'audiovisual work' },
  design: { letter: 'F', label: 'fine art and design work' },
} as const;
/** A copyright work category. */
export type CopyrightCategory = keyof typeof COPYRIGHT_CATEGORIES;

/** Themes for literary, musical, audiovisual and design works. */
export const WORK_THEMES = [
  'Pearl River',
  'Bay Area',
  'Lion Dance',
  'Harbour Lights',
  'Kapok Blossom',
  'Lingnan',
  'Canton',
  'Hengqin',
  'Lychee Season',
  'Sea Breeze',
  'Dragon Boat',
  'Qilou Arcade',
  'Dim Sum Panda',
  'Lantau',
  'Silk Road',
  'Tea House',
] as const;
/** Characters and things for titles like "The Lantern Maker of Qilou Arcade". */
export const WORK_SUBJECTS = [
  'Lantern Maker',
  'Night Market',
  'Little Ferry',
  'Tea Picker',
  'Fisherman',
  'Kite',
  'Paper Boat',
  'Lighthouse Keeper',
  'Old Tram',
  'Morning Bell',
  'Rooftop Garden',
  'Porcelain Painter',
  'Dragon Dancer',
  'Silk Weaver',
] as const;
export const WORK_FORMS: Readonly<Record<Exclude<CopyrightCategory, 'software'>, readonly string[]>> = {
  literary: ['Stories', 'Chronicles', 'Memoirs', 'Poems', 'Essays', 'Picture Book', 'Travel Notes', 'Short Stories'],
  music: ['Suite', 'Overture', 'Ballad', 'Rhapsody', 'Serenade', 'Theme Song', 'Piano Suite', 'Folk Song'],
  film: ['(animated series)', '(documentary)', '(short film)', '(animated feature)', '(web series)', '(micro-drama)'],
  design: [
    'Mascot Design',
    'Pattern Collection',
    'Illustration Series',
    'Character Design Set',
    'Poster Series',
    'Typeface Design',
    'Sticker Set',
    'Souvenir Design',
  ],
};
export const WORK_NOTES: Readonly<Record<CopyrightCategory, readonly string[]>> = {
  software: [
    'Source code, deployment guide and user manual included.',
    'Deployed at more than twenty customer sites.',
    'Runs on-premises or in the cloud; API documentation available.',
  ],
  literary: ['Adaptation, translation and publishing rights available.', 'Suitable for illustrated editions and audio books.'],
  music: ['Master recording and score included.', 'Available for advertising, games and short video.'],
  film: ['Merchandising and broadcast rights available.', 'Dubbed in Mandarin, Cantonese and English.'],
  design: ['Vector source files included; suitable for merchandise.', 'Licensable for packaging, apparel and cultural products.'],
};

// ---------- places ----------

/** Guangdong cities, weighted by how many exhibitors they send. */
export const GD_CITIES: Readonly<Record<string, number>> = {
  Shenzhen: 30,
  Guangzhou: 28,
  Foshan: 9,
  Dongguan: 9,
  Zhuhai: 6,
  Zhongshan: 5,
  Huizhou: 4,
  Jiangmen: 3,
  Shantou: 2,
  Zhaoqing: 2,
  Zhanjiang: 1,
  Shaoguan: 1,
  Qingyuan: 1,
  Meizhou: 1,
};
/** Other mainland cities. */
export const MAINLAND_CITIES: Readonly<Record<string, number>> = {
  Beijing: 14,
  Shanghai: 13,
  Hangzhou: 8,
  Suzhou: 7,
  Nanjing: 6,
  Wuhan: 6,
  Chengdu: 6,
  "Xi'an": 4,
  Hefei: 4,
  Changsha: 4,
  Tianjin: 4,
  Qingdao: 3,
  Xiamen: 3,
  Ningbo: 3,
  Chongqing: 4,
  Jinan: 2,
  Fuzhou: 2,
  Zhengzhou: 2,
  Dalian: 2,
  Shenyang: 2,
  Harbin: 1,
  Kunming: 1,
  Nanning: 2,
};
/** Innovation districts, for park names. */
export const GD_DISTRICTS = [
  'Songshan Lake',
  'Nansha',
  'Qianhai',
  'Hengqin',
  'Huangpu',
  'Nanshan',
  'Guangming',
  'Shunde',
  'Tianhe',
  'Longgang',
  'Xiangzhou',
  'Cuiheng',
  'Pazhou',
] as const;
export const HK_DISTRICTS = ['Sha Tin', 'Tseung Kwan O', 'Kwun Tong', 'Tsuen Wan', 'Lok Ma Chau', 'Cheung Sha Wan'] as const;
export const MO_DISTRICTS = ['Taipa', 'Cotai', 'Coloane', 'Areia Preta'] as const;

// ---------- Chinese, Hong Kong and Macao names ----------

/** Pinyin syllables for company brands ("Huaxin"). */
export const PINYIN_SYLLABLES = [
  'hua',
  'xin',
  'zhong',
  'tian',
  'jia',
  'rui',
  'kang',
  'hong',
  'sheng',
  'yuan',
  'heng',
  'tai',
  'long',
  'feng',
  'mei',
  'bo',
  'chuang',
  'jing',
  'ke',
  'li',
  'ming',
  'run',
  'tong',
  'wei',
  'xiang',
  'yi',
  'zhi',
  'hao',
  'jun',
  'kai',
  'lian',
  'peng',
  'qi',
  'sen',
  'teng',
  'xun',
  'ying',
  'yun',
  'zhan',
  'hui',
  'an',
  'chen',
  'da',
  'guang',
  'lan',
] as const;
/** Cantonese romanisation syllables for Hong Kong and Macao brands ("Wah Hing"). */
export const CANTONESE_SYLLABLES = [
  'Wah',
  'Sun',
  'Kwong',
  'Fook',
  'Tai',
  'Hing',
  'Lung',
  'Cheung',
  'Wing',
  'Shing',
  'Yau',
  'Po',
  'Kin',
  'Hang',
  'Tak',
  'Fai',
  'Chi',
  'Kam',
  'Seng',
  'Lei',
  'Hou',
  'Iao',
  'Va',
  'Keng',
] as const;
/** English brands used by Hong Kong firms. */
export const HK_ENGLISH_BRANDS = [
  'Harbourfront',
  'Victoria',
  'Kowloon',
  'Peak',
  'Junk Bay',
  'Lion Rock',
  'Tsing Yi',
  'Pacific Crest',
  'Starferry',
  'Jade Gate',
] as const;

export const CN_FAMILY = [
  'Li',
  'Wang',
  'Zhang',
  'Liu',
  'Chen',
  'Yang',
  'Huang',
  'Zhao',
  'Wu',
  'Zhou',
  'Xu',
  'Sun',
  'Ma',
  'Zhu',
  'Hu',
  'Guo',
  'He',
  'Lin',
  'Luo',
  'Liang',
  'Zheng',
  'Xie',
  'Tang',
  'Feng',
  'Deng',
  'Cai',
  'Ye',
  'Peng',
  'Su',
  'Lu',
] as const;
export const CN_GIVEN = [
  'Wei',
  'Fang',
  'Jing',
  'Min',
  'Jun',
  'Lei',
  'Yang',
  'Hui',
  'Ting',
  'Hao',
  'Xin',
  'Yan',
  'Jianguo',
  'Xiaoming',
  'Lihua',
  'Zhiqiang',
  'Yufei',
  'Haoran',
  'Jiaxin',
  'Mingyu',
  'Shuang',
  'Zihan',
  'Yuting',
  'Kaiwen',
  'Ruoxi',
  'Jiahui',
  'Chenxi',
  'Guohua',
  'Xiuying',
  'Wenjie',
] as const;
export const HK_FAMILY = [
  'Chan',
  'Wong',
  'Leung',
  'Cheung',
  'Lau',
  'Lee',
  'Ho',
  'Ng',
  'Tsang',
  'Yip',
  'Chow',
  'Lam',
  'Kwok',
  'Tang',
] as const;
export const HK_GIVEN = [
  'Ka-ming',
  'Wai-man',
  'Siu-fung',
  'Mei-ling',
  'Chi-keung',
  'Hoi-yan',
  'Tsz-kin',
  'Wing-yan',
  'Alan',
  'Karen',
  'Vincent',
  'Cathy',
  'Eric',
  'Winnie',
  'Kelvin',
  'Gigi',
] as const;
export const MO_FAMILY = ['Leong', 'Ho', 'Lei', 'Chan', 'Wong', 'Lam', 'Cheang', 'Sou', 'Iong', 'Kuan'] as const;
export const MO_GIVEN = ['Ka Man', 'Weng Hong', 'Sio Lon', 'Cheng Ian', 'Kin Fong', 'Hoi Ian', 'Ioi Kei', 'Chi Seng'] as const;

// ---------- institutions ----------

/** Chinese university names by the fields they exhibit in ({city} is replaced). */
export const CN_UNIVERSITIES: readonly { name: string; fields: readonly string[] }[] = [
  { name: '{city} University of Technology', fields: ['robotics', 'materials', 'energy', 'construction', 'semiconductors', 'environment'] },
  { name: '{city} University of Science and Technology', fields: ['comms', 'ai', 'photonics', 'semiconductors', 'uav'] },
  { name: '{city} Medical University', fields: ['pharma', 'meddev'] },
  { name: '{city} Agricultural University', fields: ['agrifood', 'environment'] },
  { name: '{city} Normal University', fields: ['ai', 'culture', 'materials'] },
  { name: '{city} Polytechnic', fields: ['robotics', 'appliances', 'automotive', 'ai', 'textiles'] },
  { name: '{city} Academy of Fine Arts', fields: ['culture', 'textiles'] },
  { name: '{city} University of Traditional Chinese Medicine', fields: ['pharma', 'agrifood', 'cosmetics'] },
];
/** Schools of a university, by field, for names like "School of Computer Science, Foshan University of Technology". */
export const SCHOOLS: Readonly<Record<string, string>> = {
  comms: 'School of Electronic and Information Engineering',
  photonics: 'School of Optoelectronic Engineering',
  energy: 'School of Electric Power Engineering',
  semiconductors: 'School of Microelectronics',
  robotics: 'School of Mechanical Engineering',
  ai: 'School of Computer Science',
  pharma: 'School of Pharmaceutical Sciences',
  meddev: 'School of Biomedical Engineering',
  materials: 'School of Materials Science and Engineering',
  appliances: 'School of Automation',
  automotive: 'School of Automotive Engineering',
  agrifood: 'College of Food Science',
  environment: 'School of Environment and Energy',
  cosmetics: 'School of Chemistry and Chemical Engineering',
  textiles: 'School of Textiles and Fashion',
  culture: 'School of Design',
  construction: 'School of Civil Engineering',
  uav: 'School of Aeronautics',
};
export const INSTITUTE_TEMPLATES = [
  '{place} Institute of {discipline}',
  '{place} {discipline} Research Institute',
  '{place} Academy of {discipline}',
  '{place} {discipline} Innovation Center',
] as const;
export const IP_SERVICE_TEMPLATES = [
  '{city} {brand} Intellectual Property Agency Co., Ltd.',
  '{city} {brand} Patent Agency (General Partnership)',
  '{city} {brand} IP Operation Service Co., Ltd.',
  '{city} {brand} Technology Transfer Center Co., Ltd.',
] as const;
/** IP firms in Hong Kong and Macao. */
export const SAR_IP_SERVICE_TEMPLATES = [
  '{brand} Intellectual Property Limited',
  '{brand} Patent & Trademark Agents Limited',
  '{place} {brand} IP Services Limited',
] as const;
export const PARK_TEMPLATES = [
  '{district} {discipline} Industrial Park',
  '{district} Science and Technology Innovation Park',
  '{district} {brand} Innovation Incubator',
] as const;

/** Taglines by organization kind ({city} and {discipline} are replaced). */
export const KIND_TAGLINES: Readonly<Record<string, readonly string[]>> = {
  university: ['Research from campus to market', 'Licensing-ready technologies from our labs', '{discipline} research, open for partners'],
  'research-institute': [
    'Applied research, proven in industry',
    '{discipline} research for industrial partners',
    'Technology transfer from the lab bench',
  ],
  'ip-service': [
    'Your partner for patent and trademark deals',
    'From filing to licensing, end to end',
    'IP brokerage for the Greater Bay Area',
  ],
  'high-tech-park': ['Where {discipline} start-ups grow', 'Incubating innovators in {city}', 'Portfolio of our resident companies'],
  individual: ['Independent inventor, open to licensing', 'Original works available for licence'],
};

// ---------- overseas ----------

/** University places in Hong Kong and Macao. */
export const HK_PLACES = ['Kowloon', 'Victoria', 'Lantau', 'New Territories', 'Hong Kong'] as const;
export const MO_PLACES = ['Macao', 'Taipa', 'Cotai'] as const;

/** Languages used for overseas names. */
export type NameLanguage = 'en' | 'de' | 'fr' | 'ja' | 'ko' | 'nordic' | 'nl' | 'it' | 'he';

/** Overseas countries: how often they exhibit, name language, legal forms, home patent/trademark offices. */
export const OVERSEAS_COUNTRIES: readonly {
  code: string;
  weight: number;
  language: NameLanguage;
  legalForms: readonly string[];
  patentOffices: readonly ('US' | 'EP' | 'JP' | 'KR' | 'DE' | 'GB' | 'WO')[];
  trademarkOffices: readonly ('US' | 'EU' | 'WO')[];
}[] = [
  { code: 'US', weight: 40, language: 'en', legalForms: ['Inc.', 'Corp.', 'LLC'], patentOffices: ['US'], trademarkOffices: ['US'] },
  { code: 'DE', weight: 22, language: 'de', legalForms: ['GmbH', 'AG'], patentOffices: ['DE', 'EP'], trademarkOffices: ['EU'] },
  { code: 'JP', weight: 20, language: 'ja', legalForms: ['Co., Ltd.', 'K.K.'], patentOffices: ['JP', 'US'], trademarkOffices: ['WO'] },
  { code: 'KR', weight: 14, language: 'ko', legalForms: ['Co., Ltd.', 'Inc.'], patentOffices: ['KR', 'US'], trademarkOffices: ['WO'] },
  { code: 'GB', weight: 12, language: 'en', legalForms: ['Ltd', 'plc'], patentOffices: ['GB', 'EP'], trademarkOffices: ['WO'] },
  { code: 'FR', weight: 10, language: 'fr', legalForms: ['SAS', 'SA'], patentOffices: ['EP'], trademarkOffices: ['EU'] },
  { code: 'CH', weight: 8, language: 'de', legalForms: ['AG', 'SA', 'GmbH'], patentOffices: ['EP'], trademarkOffices: ['WO'] },
  { code: 'SG', weight: 8, language: 'en', legalForms: ['Pte. Ltd.'], patentOffices: ['US', 'WO'], trademarkOffices: ['WO'] },
  { code: 'IL', weight: 6, language: 'he', legalForms: ['Ltd.'], patentOffices: ['US', 'WO'], trademarkOffices: ['US'] },
  { code: 'NL', weight: 6, language: 'nl', legalForms: ['B.V.'], patentOffices: ['EP'], trademarkOffices: ['EU'] },
  { code: 'SE', weight: 5, language: 'nordic', legalForms: ['AB'], patentOffices: ['EP'], trademarkOffices: ['EU'] },
  { code: 'FI', weight: 4, language: 'nordic', legalForms: ['Oy'], patentOffices: ['EP'], trademarkOffices: ['EU'] },
  { code: 'IT', weight: 5, language: 'it', legalForms: ['S.r.l.', 'S.p.A.'], patentOffices: ['EP'], trademarkOffices: ['EU'] },
  { code: 'CA', weight: 6, language: 'en', legalForms: ['Inc.', 'Ltd.'], patentOffices: ['US'], trademarkOffices: ['US'] },
  { code: 'AU', weight: 5, language: 'en', legalForms: ['Pty Ltd'], patentOffices: ['US', 'WO'], trademarkOffices: ['WO'] },
  { code: 'AT', weight: 2, language: 'de', legalForms: ['GmbH'], patentOffices: ['EP'], trademarkOffices: ['EU'] },
];

/** Name roots for overseas organizations, by language. */
export const OVERSEAS_ROOTS: Readonly<Record<NameLanguage, readonly string[]>> = {
  en: [
    'Brightwater',
    'Ridgeline',
    'Northstar',
    'Bluefield',
    'Silverline',
    'Oakridge',
    'Clearview',
    'Redwood',
    'Kestrel',
    'Lakeshore',
    'Westbrook',
    'Pinecrest',
  ],
  de: ['Nordlicht', 'Sonnenfeld', 'Adlerhorst', 'Lindenthal', 'Falkenstein', 'Rheinau', 'Edelweiss', 'Hohenwald', 'Bergquell'],
  fr: ['Lumière', 'Belrive', 'Clairval', 'Montclair', 'Beaulac', 'Valmont', 'Aurore'],
  ja: ['Sakura', 'Hikari', 'Aozora', 'Midori', 'Kitaboshi', 'Tsubasa', 'Yamabuki'],
  ko: ['Hanbit', 'Saerom', 'Daon', 'Nuri', 'Haneul', 'Mirae', 'Gaon'],
  nordic: ['Nordvik', 'Fjällström', 'Havsö', 'Lumo', 'Kuura', 'Solberg', 'Ekvall'],
  nl: ['Zeewolde', 'Oranjewoud', 'Haverkamp', 'Molenwaard', 'Dijkhuis'],
  it: ['Bellavista', 'Montebello', 'Serenissima', 'Vitale', 'Castellano'],
  he: ['Keshet', 'Galil', 'Ofek', 'Negev', 'Tamar'],
};
/** Staff names by language: [given names, family names]. */
export const OVERSEAS_PEOPLE: Readonly<Record<NameLanguage, readonly [readonly string[], readonly string[]]>> = {
  en: [
    ['James', 'Emily', 'Michael', 'Sarah', 'David', 'Olivia', 'Daniel', 'Grace'],
    ['Smith', 'Carter', 'Hughes', 'Bennett', 'Foster', 'Reed', 'Morgan', 'Price'],
  ],
  de: [
    ['Katrin', 'Jonas', 'Lukas', 'Anna', 'Felix', 'Miriam'],
    ['Müller', 'Schneider', 'Becker', 'Hoffmann', 'Wagner', 'Krause'],
  ],
  fr: [
    ['Camille', 'Julien', 'Élodie', 'Antoine', 'Claire'],
    ['Martin', 'Lefèvre', 'Moreau', 'Girard', 'Dubois'],
  ],
  ja: [
    ['Haruto', 'Yui', 'Kenji', 'Aiko', 'Takumi'],
    ['Sato', 'Suzuki', 'Takahashi', 'Watanabe', 'Nakamura'],
  ],
  ko: [
    ['Min-jun', 'Seo-yeon', 'Ji-ho', 'Ha-eun', 'Do-hyun'],
    ['Kim', 'Park', 'Choi', 'Jung', 'Kang'],
  ],
  nordic: [
    ['Erik', 'Sofia', 'Mikko', 'Aino', 'Lars'],
    ['Lindqvist', 'Virtanen', 'Karlsson', 'Nieminen', 'Berg'],
  ],
  nl: [
    ['Daan', 'Sanne', 'Bram', 'Lotte'],
    ['de Vries', 'Jansen', 'Bakker', 'Visser'],
  ],
  it: [
    ['Luca', 'Giulia', 'Marco', 'Chiara'],
    ['Rossi', 'Ferrari', 'Bianchi', 'Romano'],
  ],
  he: [
    ['Noa', 'Yonatan', 'Tamar', 'Eitan'],
    ['Cohen', 'Levi', 'Mizrahi', 'Peretz'],
  ],
};
export const OVERSEAS_UNIVERSITY_TEMPLATES = [
  '{root} University',
  '{root} Institute of Technology',
  '{root} University of Applied Sciences',
] as const;
export const OVERSEAS_INSTITUTE_TEMPLATES = ['{root} Institute for {discipline}', '{root} {discipline} Research Centre'] as const;
export const OVERSEAS_IP_SERVICE_TEMPLATES = [
  '{root} Patent & Trademark Attorneys',
  '{root} IP Partners {legal}',
  '{root} Licensing {legal}',
] as const;
