## The 14 steps: the seed workflow's titles to the letter (in English), and what to do in
## each, for someone who is not an IT specialist.

step-identify-systems = Identificar los sistemas y datos críticos
    .guidance = Haga una lista de todos los sistemas y lugares con datos sin los que la oficina no puede trabajar: la contabilidad, los archivos de clientes, el correo electrónico, la unidad compartida. Para cada uno, indique quién es su propietario, dónde está, cuánto ocupa, cuántos datos podría permitirse perder (horas desde la última copia de seguridad) y cuánto tiempo podría arreglárselas sin él.
step-assess-current = Evaluar las soluciones actuales de copia de seguridad
    .guidance = Anote cómo se hacen hoy las copias de seguridad, aunque la respuesta sea «no se hacen». Pregunte a quienes usan los sistemas qué ha funcionado y qué les ha fallado. Las carencias que encuentre aquí son las que resuelve el resto del plan.
step-frequency-retention = Determinar la frecuencia y la política de conservación de las copias de seguridad
    .guidance = Decida para cada tipo de datos cuánto tiempo se conservan sus copias de seguridad y anote el motivo: una ley, un contrato o una necesidad del negocio. Documentos como las facturas a menudo deben conservarse durante años; los datos personales no deben conservarse más tiempo del necesario. La frecuencia con que se copia cada sistema se decide en el paso 5, según la pérdida de datos que aceptó en el paso 1.
step-document-procedures = Documentar los procedimientos de copia de seguridad
    .guidance = Nombre a la persona responsable de las copias de seguridad y a un suplente para cuando no esté. Indique adónde van las copias (guarde al menos una copia fuera de la oficina y otra desconectada) y, después, escriba la rutina en instrucciones breves y numeradas que otra persona pueda seguir, junto con a quién llamar cuando algo vaya mal.
step-schedules = Configurar la programación automática de las copias de seguridad
    .guidance = Programe la copia de seguridad de cada sistema para que se haga sola, a una hora en que no moleste a nadie, y al menos con la frecuencia que exige la pérdida de datos que puede aceptar. Después, observe cómo se realiza una copia y anote la fecha: una programación que nadie ha visto funcionar es solo una esperanza.
step-encryption = Verificar los métodos de cifrado de las copias de seguridad
    .guidance = Para cada lugar donde se guardan copias de seguridad, compruebe cómo se cifran las copias y quién tiene la clave. Guarde una copia de la clave en un lugar seguro y separado de las copias de seguridad: sin ella, una copia cifrada no se puede restaurar.
step-initial-backup = Realizar la copia de seguridad inicial de los sistemas críticos
    .guidance = Haga la primera copia de seguridad completa de cada tipo de sistema y anote cómo fue: cuándo, cuánto tardó, cuánto ocupó y cualquier cosa que le sorprendiera. Esta primera copia es el punto de partida del que dependen todas las restauraciones posteriores.
step-monitoring = Supervisar el proceso de copia de seguridad para detectar errores
    .guidance = Decida quién comprueba que se han hecho las copias de seguridad, cómo se entera (un correo de alerta, un panel de control, un vistazo a la herramienta) y con qué frecuencia. Cada error se anota en el registro de errores de abajo junto con lo que se hizo para resolverlo, para que se vean los patrones.
step-restore-tests = Probar la restauración de datos desde la copia de seguridad
    .guidance = Una copia de seguridad solo está probada cuando se ha restaurado algo a partir de ella. Restaure algunos archivos, una base de datos o un sistema entero en un lugar aparte (nunca encima del original), compruebe que se abre y mida cuánto tarda, comparándolo con el tiempo de inactividad que aceptó.
step-approval = Aprobación: restauración de datos
    .guidance = La persona que responde de los datos de la oficina revisa las pruebas de restauración del paso 9 y las aprueba, pide cambios o las rechaza. Si después se modifica una prueba de restauración, hay que volver a pedir la aprobación.
step-log-review = Revisar los registros de copias en busca de anomalías
    .guidance = De vez en cuando, lea los registros de copias de principio a fin en lugar de esperar a una alerta: busque trabajos de copia que dejaron de ejecutarse sin avisar, copias que se han reducido y códigos de error que se repiten. Anote cada revisión y lo que se hizo a raíz de ella.
step-documentation = Actualizar la documentación de las copias de seguridad
    .guidance = Actualice el procedimiento escrito con lo que le han enseñado los pasos anteriores, anote en el historial lo que ha cambiado y fije la fecha de la próxima revisión para que el plan no se quede anticuado sin que nadie lo note.
step-training = Formar al personal en los procedimientos de copia de seguridad
    .guidance = Muestre al personal lo que el procedimiento espera de ellos: dónde guardar los archivos para que se incluyan en las copias, cómo pedir una restauración y a quién avisar cuando algo parezca ir mal. Planifique una sesión, invite a todos y marque quién asistió.
step-evaluation = Evaluar el rendimiento de las copias de seguridad y ajustar la configuración según sea necesario
    .guidance = Repase el periodo: cuánto tardaron las copias, cuántas salieron bien, lo rápidas que fueron las restauraciones en comparación con lo que necesita y cuánto espacio de almacenamiento se usa. Anote lo que ha cambiado y cuándo volverá a revisarlo.

## How far a step has got.
step-status-not-started = Sin empezar
step-status-in-progress = En curso
step-status-complete = Completado

## The controls of ISO/IEC 27002:2022 the steps follow, by their number.
control-5-9 = Inventario de información y otros activos asociados
control-5-30 = Preparación de las TIC para la continuidad del negocio
control-5-33 = Protección de los registros
control-5-37 = Procedimientos operativos documentados
control-6-3 = Concienciación, educación y formación en seguridad de la información
control-8-10 = Eliminación de la información
control-8-13 = Copias de seguridad de la información
control-8-14 = Redundancia de los recursos de tratamiento de la información
control-8-15 = Registro de eventos
control-8-16 = Actividades de seguimiento
control-8-24 = Uso de la criptografía
